package org.sicredit.adapters.http.in;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sicredit.application.Sicredit;
import org.sicredit.application.access.Caller;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The REST API under {@code /api/v1} on a Javalin (Jetty 12) server: every use case of {@link Sicredit} an operation,
 * each described once for both the router and the OpenAPI document ({@code /api/v1/openapi.json}, explored at
 * {@code /api/v1/explorer/}). Every operation but {@code /health}, {@code /ready}, the document and the explorer needs
 * a bearer API key; what a key's role may do is the application's access table, checked by the use cases. Errors are
 * {@code application/problem+json}; POSTs take an {@code Idempotency-Key}; changes take {@code If-Match}.
 */
public final class RestApi implements AutoCloseable {

    static final String BASE = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    private final Javalin server;

    private RestApi(Javalin server) {
        this.server = server;
    }

    /** Starts serving {@code sicredit} as {@code settings} say; {@code clock} tells today for dated queries. */
    public static RestApi start(Sicredit sicredit, HttpSettings settings, Clock clock) {
        return start(sicredit, settings, clock, ServerHooks.NONE);
    }

    /** The same, with what the hosting program adds: a request observer and a {@code /metrics} page. */
    public static RestApi start(Sicredit sicredit, HttpSettings settings, Clock clock, ServerHooks hooks) {
        Objects.requireNonNull(hooks, "hooks");
        Objects.requireNonNull(sicredit, "sicredit");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        byte[][] document = new byte[1][];
        List<Operation> operations = Operations.all(sicredit, clock).append(Operation.get("/openapi.json",
                        "openApiDocument").tag("Probes").summary("This document (OpenAPI 3.0.3)").open()
                .answers(200, Object.class).handle(exchange -> io.vavr.control.Either.right(new Reply(200,
                        Json.MEDIA_TYPE, document[0], io.vavr.control.Option.none(), io.vavr.control.Option.none(),
                        io.vavr.control.Option.none()))));
        document[0] = Json.write(OpenApi.document(operations));
        Pipeline pipeline = new Pipeline(sicredit, settings, clock, hooks);
        Javalin server = Javalin.create(config -> configure(config, settings, operations, pipeline, hooks));
        server.start(settings.host(), settings.port());
        for (var connector : server.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector timed) {
                timed.setIdleTimeout(settings.idleTimeout().toMillis());
            }
        }
        LOG.info("sicredit REST API on http://{}:{}{} ({} operations)", settings.host(), server.port(), BASE,
                operations.size());
        return new RestApi(server);
    }

    public int port() {
        return server.port();
    }

    /**
     * Stops: no new connection is taken, the requests in flight are finished (up to the settings' stop timeout) and
     * answered, then the server ends.
     */
    @Override
    public void close() {
        server.stop();
    }

    private static void configure(JavalinConfig config, HttpSettings settings, List<Operation> operations,
                                  Pipeline pipeline, ServerHooks hooks) {
        config.startup.showJavalinBanner = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxUploadBytes();
        config.jetty.threadPool = new QueuedThreadPool(settings.threads(), Math.min(8, settings.threads()));
        config.jetty.modifyServer(server -> {
            server.setHandler(new org.eclipse.jetty.server.handler.GracefulHandler());
            server.setStopTimeout(settings.stopTimeout().toMillis());
        });
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.routes.before(pipeline::secure);
        for (Operation operation : operations) {
            config.routes.addHttpHandler(operation.isPost() ? HandlerType.POST : HandlerType.GET, BASE + operation.path(),
                    context -> pipeline.serve(operation, context));
        }
        Explorer.routes(config, BASE);
        hooks.metrics().forEach(page -> config.routes.get("/metrics", context -> context.contentType(page.mediaType())
                .result(page.text().get())));
        if (!settings.corsOrigins().isEmpty()) {
            operations.map(Operation::path).distinct()
                    .forEach(path -> config.routes.options(BASE + path, pipeline::preflight));
        }
        config.routes.exception(Exception.class, (failure, context) -> pipeline.fault(failure, context));
        config.routes.error(404, "*", context -> pipeline.unmatched(context, 404));
        config.routes.error(405, "*", context -> pipeline.unmatched(context, 405));
    }

    /** What every request goes through: headers, the key, the rate, the bound on work in flight, idempotency. */
    static final class Pipeline {

        private final Sicredit sicredit;
        private final HttpSettings settings;
        private final RateLimiter limiter;
        private final Semaphore inFlight;
        private final Idempotency idempotency;
        private final ServerHooks hooks;

        Pipeline(Sicredit sicredit, HttpSettings settings, Clock clock, ServerHooks hooks) {
            this.hooks = hooks;
            this.sicredit = sicredit;
            this.settings = settings;
            this.limiter = new RateLimiter(settings.requestsPerMinute(), clock);
            this.inFlight = new Semaphore(settings.maxInFlight(), true);
            this.idempotency = new Idempotency(sicredit);
        }

        void secure(Context context) {
            context.header("X-Content-Type-Options", "nosniff");
            context.header("X-Frame-Options", "DENY");
            context.header("Referrer-Policy", "no-referrer");
            context.header("Cache-Control", "no-store");
            context.header("Content-Security-Policy", context.path().startsWith(BASE + "/explorer")
                    ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
                    : "default-src 'none'; frame-ancestors 'none'");
            String origin = context.header("Origin");
            if (origin != null && settings.corsOrigins().contains(origin)) {
                context.header("Access-Control-Allow-Origin", origin);
                context.header("Vary", "Origin");
                context.header("Access-Control-Expose-Headers", "ETag, Location, Retry-After, Idempotent-Replayed");
            }
        }

        void preflight(Context context) {
            String origin = context.header("Origin");
            if (origin == null || !settings.corsOrigins().contains(origin)) {
                context.status(404);
                return;
            }
            context.header("Access-Control-Allow-Methods", "GET, POST");
            context.header("Access-Control-Allow-Headers",
                    "Authorization, Content-Type, Accept-Language, If-Match, Idempotency-Key");
            context.header("Access-Control-Max-Age", "600");
            context.status(204);
        }

        void serve(Operation operation, Context context) throws IOException, InterruptedException {
            long started = System.nanoTime();
            try {
                answer(operation, context);
            } finally {
                observed(context, operation.id(), started);
            }
        }

        private void observed(Context context, String operationId, long started) {
            try {
                hooks.requestServed(context.method().name(), operationId, context.statusCode(),
                        java.time.Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException e) {
                LOG.warn("the request observer failed: {}", e.getClass().getSimpleName());
            }
        }

        /** Probes and the document are open and never wait behind the bound on work in flight. */
        private void answer(Operation operation, Context context) throws IOException, InterruptedException {
            Language language = Language.of(context.header("Accept-Language"));
            Caller caller = null;
            if (operation.authenticated()) {
                Either<Rejection, Caller> who = sicredit.authenticate().authenticate(bearer(context));
                if (who.isLeft()) {
                    context.header("WWW-Authenticate", "Bearer realm=\"sicredit\"");
                    problem(context, who.getLeft(), 401, language);
                    return;
                }
                caller = who.get();
                long wait = settings.rateLimitExempt().contains(caller.actorId()) ? 0
                        : limiter.secondsToWait(caller.actorId());
                if (wait > 0) {
                    context.header("Retry-After", String.valueOf(wait));
                    problem(context, Rejection.of(RejectionCodes.REQUEST_RATE_LIMITED, "Authorization", "",
                            "请求过于频繁，请 " + wait + " 秒后再试", "Too many requests: try again in " + wait + " s"),
                            429, language);
                    return;
                }
            }
            boolean bounded = operation.authenticated();
            if (bounded && !inFlight.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                context.header("Retry-After", "1");
                problem(context, Rejection.of(RejectionCodes.SERVER_BUSY, "request", "", "服务器繁忙，请稍后重试",
                        "The server is busy: try again shortly"), 503, language);
                return;
            }
            try (RequestBody body = body(operation, context)) {
                if (body.refusal() != null) {
                    problem(context, body.refusal(), 413, language);
                    return;
                }
                Exchange exchange = new Exchange(context, caller, language, body);
                Reply reply = idempotency.run(operation, exchange, context, body,
                        () -> answer(operation, exchange, context));
                write(context, reply);
            } finally {
                if (bounded) {
                    inFlight.release();
                }
            }
        }

        private Reply answer(Operation operation, Exchange exchange, Context context) throws IOException {
            Either<Rejection, Boolean> readable = mediaType(operation, context);
            Either<Rejection, Reply> answered = readable.isLeft() ? Either.left(readable.getLeft())
                    : operation.handler().handle(exchange);
            if (answered.isRight()) {
                return answered.get();
            }
            Rejection rejection = answered.getLeft();
            int status = Statuses.of(rejection, context.header("If-Match") != null);
            return new Reply(status, Problem.MEDIA_TYPE, Json.write(Problem.of(rejection, status, context.path(),
                    exchange.language())), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
                    io.vavr.control.Option.none());
        }

        /** A JSON operation reads only JSON; an upload only its media types. */
        private static Either<Rejection, Boolean> mediaType(Operation operation, Context context) {
            if (!operation.isPost() || operation.body().isEmpty() && operation.uploadTypes().isEmpty()) {
                return Either.right(true);
            }
            String type = context.contentType() == null ? "" : context.contentType().split(";")[0].strip();
            List<String> accepted = operation.body().isDefined() ? List.of(Json.MEDIA_TYPE) : operation.uploadTypes();
            return accepted.contains(type) ? Either.right(true)
                    : Either.left(Rejection.of(RejectionCodes.REQUEST_MEDIA_TYPE, "Content-Type", "",
                            "此操作只接受 " + accepted.mkString("、"), "This operation reads only "
                                    + accepted.mkString(", ")));
        }

        private RequestBody body(Operation operation, Context context) throws IOException {
            if (!operation.isPost()) {
                return RequestBody.none();
            }
            long declared = context.req().getContentLengthLong();
            return operation.uploadTypes().isEmpty()
                    ? RequestBody.inMemory(context.req().getInputStream(), declared, settings.maxJsonBytes())
                    : RequestBody.spooled(context.req().getInputStream(), declared, settings.maxUploadBytes());
        }

        private static String bearer(Context context) {
            String authorization = context.header("Authorization");
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return authorization.substring(7).strip();
        }

        void unmatched(Context context, int status) {
            String answered = context.res().getContentType();
            if (answered != null && answered.startsWith(Problem.MEDIA_TYPE)) {
                return;
            }
            observed(context, "unmatched", System.nanoTime());
            Language language = Language.of(context.header("Accept-Language"));
            problem(context, Rejection.of(RejectionCodes.REQUEST_NO_SUCH_OPERATION, "path", "",
                    status == 405 ? "此路径不接受该方法" : "没有这个操作", status == 405
                            ? "This path does not take this method" : "No such operation"), status, language);
        }

        void fault(Exception failure, Context context) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("request {} {} failed, error id {}", context.method(),
                    PersonalNumberMask.maskWithin(context.path()), errorId, failure);
            Language language = Language.of(context.header("Accept-Language"));
            context.status(500).contentType(Problem.MEDIA_TYPE)
                    .result(Json.write(Problem.fault(errorId, context.path(), language)));
        }

        private static void problem(Context context, Rejection rejection, int status, Language language) {
            context.status(status).contentType(Problem.MEDIA_TYPE)
                    .result(Json.write(Problem.of(rejection, status, context.path(), language)));
        }

        static void write(Context context, Reply reply) {
            context.status(reply.status()).contentType(reply.mediaType());
            reply.entityTag().forEach(tag -> context.header("ETag", tag));
            reply.location().forEach(location -> context.header("Location", location));
            reply.contentDisposition().forEach(disposition -> context.header("Content-Disposition", disposition));
            context.result(reply.body());
        }
    }
}
