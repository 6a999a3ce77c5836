package org.sicredit.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sicredit.domain.subject.PersonalNumberMask;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One line per log event, readable ({@code 2026-11-27T08:00:00.123+08:00 INFO  Jobs  outbox relay: …}) or, with
 * {@code log.format=json}, one JSON object ({@code ts}, {@code level}, {@code logger}, {@code thread},
 * {@code message}, {@code error}). A resident ID number in a message or in an error's message — however it got there
 * — is masked before the line is written; an error is its class and masked message, cause by cause, never a stack of
 * frames quoting driver or SQL text.
 */
public final class LogLayout extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile boolean json = "json".equalsIgnoreCase(System.getenv("SICREDIT_LOG_FORMAT"));

    /** Whether lines are JSON from now on (the program sets it from {@code log.format} before its first event). */
    static void useJson(boolean on) {
        json = on;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        String message = PersonalNumberMask.maskWithin(event.getFormattedMessage());
        String error = error(event.getThrowableProxy());
        String logger = shortName(event.getLoggerName());
        String time = TIME.format(Instant.ofEpochMilli(event.getTimeStamp()));
        if (!json) {
            return time + " " + String.format("%-5s", event.getLevel()) + " " + logger + "  " + message
                    + (error.isEmpty() ? "" : " — " + error) + System.lineSeparator();
        }
        ObjectNode line = JSON.createObjectNode().put("ts", time).put("level", event.getLevel().toString())
                .put("logger", event.getLoggerName()).put("thread", event.getThreadName()).put("message", message);
        if (!error.isEmpty()) {
            line.put("error", error);
        }
        try {
            return JSON.writeValueAsString(line) + System.lineSeparator();
        } catch (JsonProcessingException impossible) {
            return "{\"level\":\"ERROR\",\"message\":\"a log line could not be written\"}" + System.lineSeparator();
        }
    }

    private static String error(IThrowableProxy proxy) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy at = proxy; at != null; at = at.getCause()) {
            if (text.length() > 0) {
                text.append(" ← ");
            }
            text.append(shortName(at.getClassName()));
            if (at.getMessage() != null) {
                text.append(": ").append(PersonalNumberMask.maskWithin(at.getMessage()));
            }
        }
        return text.toString();
    }

    private static String shortName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
