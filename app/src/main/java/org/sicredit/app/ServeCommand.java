package org.sicredit.app;

import org.sicredit.adapters.http.in.HttpSettings;
import org.sicredit.adapters.http.in.RestApi;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.domain.record.ActorRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sicredit serve}: the REST API on the configured database, until the process is told to stop. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"在所配置的数据库上提供 REST API，直到进程被终止。",
                "Serves the REST API on the configured database until the process is stopped."})
final class ServeCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    private CommonOptions common;

    @Option(names = "--port", description = "端口 / the port (default 8080)")
    private Integer port;

    @Option(names = "--host", description = "监听地址 / the address to listen on (default 127.0.0.1)")
    private String host;

    @Option(names = "--demo", description = "先在新的数据目录中载入演示数据 / first load the demo data into a fresh data directory")
    private boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = common.flags();
        if (port != null) {
            flags.put("http.port", String.valueOf(port));
        }
        if (host != null) {
            flags.put("http.host", host);
        }
        AppSettings settings = AppSettings.resolve(flags, System::getenv, AppSettings.file(java.nio.file.Path.of("")));
        LogLayout.useJson(settings.jsonLogs());
        if (demo) {
            DemoCommand.loadIfFresh(settings, 200, 20181001L, System.out, common.english());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Running running = start(settings, Clock.system(ZoneId.of("Asia/Shanghai")), System.out, common.english());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "sicredit-shutdown"));
        stopped.await();
        return 0;
    }

    /** The server running, and what it runs on. */
    record Running(Composition composition, RestApi api, Jobs jobs) implements AutoCloseable {

        int port() {
            return api.port();
        }

        /** Stops taking requests (those in flight finish), then the jobs (a run in progress finishes), then the pool. */
        @Override
        public void close() {
            api.close();
            jobs.close();
            composition.close();
        }
    }

    /** Opens the stores, issues the first keys when there are none (printed once), and starts serving. */
    static Running start(AppSettings settings, Clock clock, PrintStream out, boolean english) {
        return start(settings, clock, out, english, Jobs.Every.DEFAULT);
    }

    static Running start(AppSettings settings, Clock clock, PrintStream out, boolean english, Jobs.Every every) {
        Metrics metrics = new Metrics();
        Composition composition = Composition.open(settings, clock, io.vavr.control.Option.some(metrics));
        try {
            Map<ActorRole, String> first = firstKeys(composition);
            metrics.watch(composition.stores().outbox(), clock);
            RestApi api = RestApi.start(composition.sicredit(), HttpSettings.defaults().withHost(settings.host())
                    .withPort(settings.port()), clock, metrics);
            String base = "http://" + settings.host() + ":" + api.port() + "/api/v1";
            out.println(english ? "sicredit serves " + base + " (explorer: " + base + "/explorer)"
                    : "sicredit 已启动：" + base + "（接口说明：" + base + "/explorer）");
            out.println(settings.describe(english));
            out.println(inForce(composition, english));
            LOG.info("serving {} on {}; {}", base, settings, inForce(composition, true));
            if (!first.isEmpty()) {
                out.println(english ? "The first API keys — shown this once, keep them safe:"
                        : "首批 API 密钥（仅显示这一次，请妥善保存）：");
                first.forEach((role, token) -> out.printf("  %-8s %s%n", role, token));
            }
            return new Running(composition, api, new Jobs(composition.sicredit(), every, metrics, clock));
        } catch (RuntimeException e) {
            composition.close();
            throw e;
        }
    }

    /** Which policies (with their periods) and which years of holiday schedules this instance applies. */
    static String inForce(Composition composition, boolean english) {
        var measures = org.sicredit.domain.policy.Policies.defaultBook().measures()
                .map(measure -> measure.citation() + " " + measure.effectiveFrom() + " – " + measure.effectiveUntil())
                .mkString("; ");
        var years = org.sicredit.domain.calendar.WorkingCalendar.of(composition.holidays().publishedSchedules())
                .coveredYears();
        String holidays = years.head() + "–" + years.last();
        return english ? "in force: the Shanghai Social Credit Regulations (since 2017-10-01); measures: " + measures
                + "; holiday schedules " + holidays
                : "适用：上海市社会信用条例（2017-10-01 起）；惩戒措施：" + measures + "；节假日安排 " + holidays + " 年";
    }

    /** On a database without keys: one for the Bureau, the Centre, counter staff, an auditor and provider SHSI. */
    private static Map<ActorRole, String> firstKeys(Composition composition) {
        Map<ActorRole, String> issued = new LinkedHashMap<>();
        if (!composition.stores().apiKeys().all().isEmpty()) {
            return issued;
        }
        Caller console = Caller.system("sicredit serve");
        for (ActorRole role : new ActorRole[] {ActorRole.BUREAU, ActorRole.CENTRE, ActorRole.OFFICER,
                ActorRole.AUDITOR, ActorRole.PROVIDER}) {
            issued.put(role, composition.sicredit().issueApiKey().issue(new IssueApiKeyUseCase.Command(console, role,
                    role == ActorRole.PROVIDER ? "SHSI" : null, null, "first " + role.name().toLowerCase(
                    java.util.Locale.ROOT) + " key")).get().token());
        }
        return issued;
    }
}
