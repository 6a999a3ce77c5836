package org.sicredit.adapters.http.in;

import java.util.Locale;

/** The language of titles and details: Chinese unless the caller's Accept-Language prefers English. */
enum Language {
    ZH, EN;

    /** The first of zh and en by the caller's q-values; Chinese when neither is named or the header is absent. */
    static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.length() > 500) {
            return ZH;
        }
        double zh = -1;
        double en = -1;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.trim().split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (tag.equals("zh") || tag.startsWith("zh-")) {
                zh = Math.max(zh, q);
            } else if (tag.equals("en") || tag.startsWith("en-")) {
                en = Math.max(en, q);
            }
        }
        return en > zh ? EN : ZH;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2));
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    String tag() {
        return this == ZH ? "zh-CN" : "en";
    }
}
