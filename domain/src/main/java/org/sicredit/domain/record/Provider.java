package org.sicredit.domain.record;

import org.sicredit.domain.policy.ProviderKind;

import java.util.Objects;
import java.util.regex.Pattern;

/** 失信信息提供单位: one provider with a stable code; each district centre is a provider of its own. */
public record Provider(String code, ProviderKind kind, String nameZh, String nameEn) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");

    public Provider {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a provider code is capitals, digits and hyphens: " + code);
        }
    }

    @Override
    public String toString() {
        return code + " " + nameZh;
    }
}
