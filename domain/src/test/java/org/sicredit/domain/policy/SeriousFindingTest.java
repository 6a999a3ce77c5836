package org.sicredit.domain.policy;

import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriousFindingTest {

    @Test
    void findings_sort_by_the_item_of_article_six_then_by_citation() {
        SeriousFinding laterItem = new SeriousFinding(SeriousGround.OBSTRUCTION, "A 第六条第（三）项");
        SeriousFinding b = new SeriousFinding(SeriousGround.FUND_FRAUD, "B 第六条第（二）项");
        SeriousFinding a = new SeriousFinding(SeriousGround.FUND_FRAUD, "A 第六条第（二）项");

        assertThat(TreeSet.of(laterItem, b, a)).containsExactly(a, b, laterItem);
        assertThat(a.compareTo(a)).isZero();
    }
}
