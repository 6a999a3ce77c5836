package org.sicredit.adapters.http.in;

/** JSON bodies a test sends: a lawful row of an organisation, and variations on it. */
final class Rows {

    private Rows() {
    }

    static String row(String documentNumber) {
        return """
                {"subject": {"kind": "ORGANISATION", "name": "上海示例贸易有限公司", "identifier": "9131000013221158XC"},
                 "legalRepresentative": {"name": "张三", "residentIdNumber": "11010519491231002X"},
                 "category": 1, "cause": "未按时足额缴纳社会保险费，被依法作出行政处罚决定", "actDate": "2020-05-15",
                 "documentNumber": "%s", "amount": "52000.00", "scheme": "SOCIAL_INSURANCE"}
                """.formatted(documentNumber);
    }

    static String submission(String provider, String period, String... rows) {
        return "{\"providerCode\": \"" + provider + "\", \"period\": \"" + period + "\", \"rows\": ["
                + String.join(",", rows) + "]}";
    }
}
