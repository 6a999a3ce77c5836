package org.sicredit.domain.record;

import org.junit.jupiter.api.Test;
import org.sicredit.domain.policy.ProviderKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProvidersTest {

    @Test
    void shanghai_has_three_municipal_providers_and_two_in_each_of_its_sixteen_districts() {
        assertThat(Providers.all()).hasSize(35);
        assertThat(Providers.all().map(Provider::code).distinct()).hasSize(35);
        assertThat(Providers.all().filter(p -> p.kind() == ProviderKind.DISTRICT_EMPLOYMENT_PROMOTION_CENTRE)).hasSize(16);
        assertThat(Providers.all().filter(p -> p.kind() == ProviderKind.RESIDENT_PENSION_AGENCY)).hasSize(16);
    }

    @Test
    void finds_a_provider_by_its_code() {
        assertThat(Providers.byCode("EP-310115").get().nameZh()).isEqualTo("浦东新区就业促进中心");
        assertThat(Providers.byCode("SHLS").get()).isEqualTo(Providers.LABOUR_SECURITY_SUPERVISION_CORPS);
        assertThat(Providers.byCode("SHLS").get()).hasToString("SHLS 上海市劳动保障监察总队");
    }

    @Test
    void an_unknown_code_is_rejected_with_the_article_that_names_providers() {
        var rejection = Providers.byCode("EP-999999").getLeft();

        assertThat(rejection.code()).isEqualTo("PROVIDER_UNKNOWN");
        assertThat(rejection.value()).isEqualTo("EP-999999");
        assertThat(rejection.legalBasis()).contains("沪人社规〔2018〕30号 第四条");
    }

    @Test
    void a_provider_code_is_capitals_digits_and_hyphens() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Provider("ep-1", ProviderKind.SOCIAL_INSURANCE_CENTRE,
                "x", "x"));
        assertThat(new Provider("AB", ProviderKind.SOCIAL_INSURANCE_CENTRE, "x", "x").code()).isEqualTo("AB");
    }

    @Test
    void every_kind_of_provider_has_a_chinese_and_an_english_name() {
        for (ProviderKind kind : ProviderKind.values()) {
            assertThat(kind.nameZh()).isNotBlank();
            assertThat(kind.nameEn()).isNotBlank();
        }
        assertThat(ProviderKind.RESIDENT_PENSION_AGENCY.nameZh()).isEqualTo("城乡居民养老保险经办机构");
    }
}
