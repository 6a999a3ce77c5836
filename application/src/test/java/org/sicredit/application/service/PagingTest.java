package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.sicredit.application.command.PageRequest;
import org.sicredit.application.view.Page;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Property
    void walking_the_cursors_visits_every_item_once_in_key_order(
            @ForAll @Size(max = 40) @UniqueElements java.util.List<@IntRange(max = 999) Integer> keys,
            @ForAll @IntRange(min = 1, max = 9) int limit) {
        Seq<String> all = List.ofAll(keys).map(k -> String.format("OBJ-%03d", k));

        assertThat(walk(page -> Paging.byKey(all, Function.identity(), page).get(), limit))
                .containsExactlyElementsOf(all.sorted());
    }

    @Property
    void an_item_added_between_two_pages_before_the_cursor_does_not_repeat_one_already_seen(
            @ForAll @IntRange(min = 1, max = 5) int limit) {
        Seq<String> before = List.of("b", "d", "f", "h", "j", "l");
        Page<String> first = Paging.byKey(before, Function.identity(), PageRequest.first(limit)).get();
        Seq<String> after = before.append("a").append("z");

        Page<String> second = Paging.byKey(after, Function.identity(),
                new PageRequest(limit, first.nextCursor())).get();

        assertThat(second.items()).doesNotContainAnyElementsOf(first.items()).doesNotContain("a");
    }

    @Property
    void an_append_only_list_is_walked_by_position(@ForAll @IntRange(max = 30) int size,
                                                  @ForAll @IntRange(min = 1, max = 7) int limit) {
        Seq<Integer> all = List.range(0, size);

        assertThat(walk(page -> Paging.byPosition(all, page).get(), limit)).containsExactlyElementsOf(all);
    }

    @Property
    void a_cursor_of_one_kind_of_list_is_refused_by_the_other(@ForAll @IntRange(min = 1, max = 3) int limit) {
        Seq<String> all = List.of("a", "b", "c", "d", "e");
        Option<String> keyCursor = Paging.byKey(all, Function.identity(), PageRequest.first(limit)).get().nextCursor();

        assertThat(Paging.byPosition(all, new PageRequest(limit, keyCursor)).getLeft().code())
                .isEqualTo("PAGE_CURSOR");
    }

    private static <T> java.util.List<T> walk(Function<PageRequest, Page<T>> pages, int limit) {
        java.util.List<T> seen = new java.util.ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<T> page = pages.apply(request);
            assertThat(page.items().size()).isLessThanOrEqualTo(limit);
            page.items().forEach(seen::add);
            if (page.nextCursor().isEmpty()) {
                return seen;
            }
            request = new PageRequest(limit, page.nextCursor());
        }
    }
}
