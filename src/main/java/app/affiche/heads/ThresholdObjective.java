package app.affiche.heads;

/**
 * What the per-genre thresholds maximise on out-of-fold probabilities. GENRE_F1 optimises each genre alone
 * (good for macro-F1, but rare genres get low thresholds and many false positives, which costs micro-F1);
 * MICRO maximises micro-F1 jointly; BALANCED maximises the mean of micro- and macro-F1 jointly.
 */
public enum ThresholdObjective { GENRE_F1, MICRO, BALANCED }
