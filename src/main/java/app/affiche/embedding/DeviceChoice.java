package app.affiche.embedding;

/** Where to run the encoder: AUTO tries CUDA and falls back to the CPU; GPU fails when CUDA cannot start; CPU never tries it. */
public enum DeviceChoice {
    AUTO, CPU, GPU
}
