package org.sicredit.domain.policy;

/** The instruments sicredit cites, in the form the Chinese original uses. */
public final class Citations {

    /** The built-in Measure; a configured Measure cites itself through {@link Measure#article}. */
    public static final String MEASURES = "沪人社规〔2018〕30号";
    public static final String SCR = "上海市社会信用条例";

    private Citations() {
    }

    public static String article(String instrument, String article) {
        return instrument + " " + article;
    }

    /** An article of the built-in Measure, for what only it says (a provider's own records, 第四条). */
    public static String measures(String article) {
        return article(MEASURES, article);
    }

    public static String scr(String article) {
        return article(SCR, article);
    }
}
