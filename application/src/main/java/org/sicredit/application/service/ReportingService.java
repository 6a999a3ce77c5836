package org.sicredit.application.service;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.ProduceCatalogueUseCase;
import org.sicredit.application.port.in.ProduceStatisticsUseCase;
import org.sicredit.application.port.out.RecordStatisticsPort.Tally;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.domain.calendar.PlausibleDates;
import org.sicredit.domain.policy.Catalogue;
import org.sicredit.domain.policy.PolicyBook;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.function.Function;

/** The catalogue and serious list of a policy, and the statistics of the records collected. */
final class ReportingService implements ProduceCatalogueUseCase, ProduceStatisticsUseCase {

    static final int MAX_MONTHS = 60;

    private final RecordStatisticsPort statistics;
    private final PolicyBook book;
    private final CommandCheck check;

    ReportingService(RecordStatisticsPort statistics, PolicyBook book, CommandCheck check) {
        this.statistics = statistics;
        this.book = book;
        this.check = check;
    }

    @Override
    public Either<Rejection, Catalogue> produce(ProduceCatalogueUseCase.Query query) {
        return check.check(query).flatMap(valid -> Catalogue.on(book, valid.on()));
    }

    @Override
    public Either<Rejection, ProduceStatisticsUseCase.Result> produce(ProduceStatisticsUseCase.Query query) {
        return check.check(query).flatMap(ReportingService::range).flatMap(ReportingService::allowed)
                .map(valid -> result(valid, statistics.tally(valid.from(), valid.to())
                        .filter(cell -> valid.caller().role() != ActorRole.PROVIDER
                                || valid.caller().actsFor(cell.providerCode()))));
    }

    private static ProduceStatisticsUseCase.Result result(ProduceStatisticsUseCase.Query query, Seq<Tally> cells) {
        return new ProduceStatisticsUseCase.Result(query.from(), query.to(), cells.map(Tally::count).sum().longValue(),
                sum(cells, Tally::month), sum(cells, Tally::category), sum(cells, Tally::severity),
                sum(cells, Tally::providerCode), sum(cells, Tally::status), cells);
    }

    private static <K extends Comparable<? super K>> SortedMap<K, Long> sum(Seq<Tally> cells,
                                                                            Function<Tally, K> dimension) {
        return cells.foldLeft(TreeMap.<K, Long>empty(Comparator.naturalOrder()), (totals, cell) ->
                totals.put(dimension.apply(cell), totals.get(dimension.apply(cell)).getOrElse(0L) + cell.count()));
    }

    private static Either<Rejection, ProduceStatisticsUseCase.Query> range(ProduceStatisticsUseCase.Query query) {
        if (!PlausibleDates.plausible(query.from()) || !PlausibleDates.plausible(query.to())) {
            boolean fromWrong = !PlausibleDates.plausible(query.from());
            return Either.left(PlausibleDates.outOfRange(fromWrong ? "from" : "to",
                    (fromWrong ? query.from() : query.to()).toString()));
        }
        if (query.to().isBefore(query.from())) {
            return Either.left(Rejection.of(RejectionCodes.STATISTICS_RANGE, "to", query.to().toString(),
                    "统计截止月份不能早于起始月份", "The last month comes after the first"));
        }
        if (ChronoUnit.MONTHS.between(query.from(), query.to()) >= MAX_MONTHS) {
            return Either.left(Rejection.of(RejectionCodes.STATISTICS_RANGE_TOO_LONG, "to", query.to().toString(),
                    "一次最多统计" + MAX_MONTHS + "个月", "At most " + MAX_MONTHS + " months at a time"));
        }
        return Either.right(query);
    }

    private static Either<Rejection, ProduceStatisticsUseCase.Query> allowed(ProduceStatisticsUseCase.Query query) {
        return AccessPolicy.check(query.caller(), Permission.PRODUCE_STATISTICS).map(caller -> query);
    }
}
