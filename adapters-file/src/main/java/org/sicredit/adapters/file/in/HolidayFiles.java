package org.sicredit.adapters.file.in;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import org.sicredit.application.port.out.HolidayDataPort;
import org.sicredit.domain.calendar.HolidaySchedule;
import org.sicredit.domain.calendar.ScheduledDay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@link HolidayDataPort} over the holiday-cn data: the years the library ships (2007–2027 as published, the MIT
 * licence beside them), and the files an operator drops into a directory for years published later — a new year
 * needs a file ({@code 2028.json}), not a release; a file there replaces the shipped one of its year. Every file is
 * read and checked when this is built: a malformed one (not JSON, a field missing or of the wrong type, a year that
 * is not its name's, a day outside its year and the December before, a day listed twice) stops the start, naming the
 * file — never half-read. A year whose {@code days} is empty is "not published yet" and has no schedule.
 */
public final class HolidayFiles implements HolidayDataPort {

    private static final String SHIPPED = "/org/sicredit/adapters/file/holiday-cn/";
    private static final Pattern FILE = Pattern.compile("(\\d{4})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Seq<HolidaySchedule> schedules;

    private HolidayFiles(Seq<HolidaySchedule> schedules) {
        this.schedules = schedules;
    }

    /** The years the library ships. */
    public static HolidayFiles shipped() {
        return new HolidayFiles(published(shippedYears()));
    }

    /**
     * The years the library ships, and over them the files in {@code directory} named {@code YYYY.json}.
     *
     * @throws HolidayDataException naming a file that is malformed
     */
    public static HolidayFiles shippedAnd(Path directory) {
        TreeMap<Integer, Option<HolidaySchedule>> years = shippedYears();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                var name = FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    int year = Integer.parseInt(name.group(1));
                    years = years.put(year, read(file.getFileName().toString(), year, Files.readAllBytes(file)));
                }
            }
        } catch (IOException unreadable) {
            throw new HolidayDataException("假日数据目录无法读取 / the holiday data directory cannot be read: "
                    + directory, unreadable);
        }
        return new HolidayFiles(published(years));
    }

    @Override
    public Seq<HolidaySchedule> publishedSchedules() {
        return schedules;
    }

    private static TreeMap<Integer, Option<HolidaySchedule>> shippedYears() {
        TreeMap<Integer, Option<HolidaySchedule>> years = TreeMap.empty();
        for (int year = 2000; year <= 2100; year++) {
            try (InputStream in = HolidayFiles.class.getResourceAsStream(SHIPPED + year + ".json")) {
                if (in != null) {
                    years = years.put(year, read(year + ".json", year, in.readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return years;
    }

    private static Seq<HolidaySchedule> published(TreeMap<Integer, Option<HolidaySchedule>> years) {
        return years.values().flatMap(schedule -> schedule).toList();
    }

    private static Option<HolidaySchedule> read(String name, int year, byte[] bytes) {
        JsonNode file;
        try {
            file = JSON.readTree(bytes);
        } catch (IOException notJson) {
            throw malformed(name, "不是有效的 JSON", "is not valid JSON");
        }
        if (file == null || !file.isObject() || !file.path("year").isInt() || !file.path("days").isArray()) {
            throw malformed(name, "须有整数 year 与数组 days", "must have an integer year and an array days");
        }
        if (file.get("year").asInt() != year) {
            throw malformed(name, "year 为 " + file.get("year").asInt() + "，与文件名不符", "says year "
                    + file.get("year").asInt() + ", not its name's");
        }
        List<ScheduledDay> days = List.empty();
        java.util.Set<LocalDate> seen = new java.util.HashSet<>();
        for (JsonNode day : file.get("days")) {
            ScheduledDay scheduled = day(name, year, day);
            if (!seen.add(scheduled.date())) {
                throw malformed(name, scheduled.date() + " 出现了两次", "lists " + scheduled.date() + " twice");
            }
            days = days.append(scheduled);
        }
        return days.isEmpty() ? Option.none() : Option.some(new HolidaySchedule(Year.of(year), days));
    }

    private static ScheduledDay day(String name, int year, JsonNode day) {
        if (!day.isObject() || !day.path("name").isTextual() || !day.path("date").isTextual()
                || !day.path("isOffDay").isBoolean()) {
            throw malformed(name, "每一天须有文本 name、文本 date 与布尔 isOffDay", "needs a text name, a text date and a "
                    + "boolean isOffDay for every day");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(day.get("date").asText());
        } catch (DateTimeException notADate) {
            throw malformed(name, "“" + day.get("date").asText() + "”不是日期", "holds \"" + day.get("date").asText()
                    + "\", which is no date");
        }
        if (date.getYear() != year && !(date.getYear() == year - 1 && date.getMonthValue() == 12)) {
            throw malformed(name, date + " 不在 " + year + " 年（或上一年十二月）", "lists " + date + ", outside " + year
                    + " and the December before");
        }
        return new ScheduledDay(date, day.get("isOffDay").asBoolean(), day.get("name").asText());
    }

    private static HolidayDataException malformed(String name, String zh, String en) {
        return new HolidayDataException("假日数据文件 " + name + " " + zh + " / the holiday data file " + name + " " + en,
                null);
    }

    /** A holiday data file or directory that cannot be used: sicredit does not start on half a calendar. */
    public static final class HolidayDataException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        HolidayDataException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
