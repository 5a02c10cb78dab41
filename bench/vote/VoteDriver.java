import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated residents voting with real stemcodes, each the whole path a browser takes: the code
 * page, the code, the ballot, the review, "versturen", the receipt page. One thread and one HTTP
 * connection per voter; cookies are kept per vote, as a fresh browser would.
 *
 * <pre>
 * java bench/vote/VoteDriver.java --base http://localhost:18082 --round 4 --codes codes.txt
 *      [--clients 32] [--warmup 5] [--seconds 20] [--receipts receipts.txt] [--stop-file f]
 *      [--timeline timeline.txt]
 * </pre>
 *
 * Every receipt answered with a 303 is appended to the receipts file at once (flushed per vote): the
 * crash test checks each one is stored exactly once. A request that fails before "versturen" puts
 * its code back for a later try; a failed "versturen" leaves its outcome unknown and its code unused.
 * Only votes completed inside the measured window (after the warm-up) count in the figures.
 */
public class VoteDriver {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");
    private static final Pattern RECEIPT = Pattern.compile("name=\"ontvangstbewijs\" value=\"([^\"]*)\"");
    private static final Pattern PLAN = Pattern.compile("name=\"kies\" value=\"(\\d+)\"");
    private static final Pattern COST = Pattern.compile("Kost €[\\s\\u00a0]*([\\d.]+)");
    private static final Pattern BUDGET = Pattern.compile("budget is €[\\s\\u00a0]*([\\d.]+)");

    private final String base;
    private final long round;
    private final ConcurrentLinkedDeque<String> codes;
    private final BufferedWriter receipts;
    private final long start = System.nanoTime();
    private final long cpuAtStart = cpuNanos();
    private final long startSecond = System.currentTimeMillis() / 1000;
    private final long measureFrom;
    private final long measureTo;
    private final Path stopFile;
    private volatile long codesGoneAt = Long.MAX_VALUE;

    private final List<Long> voteNanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> sendNanos = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Long>> stepNanos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicLong cast = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final Map<String, AtomicLong> errors = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicLongArray okPerSecond = new AtomicLongArray(3600);
    private final AtomicLongArray errorsPerSecond = new AtomicLongArray(3600);

    VoteDriver(String base, long round, List<String> codes, Path receipts, double warmup, double seconds, Path stopFile)
            throws IOException {
        this.base = base;
        this.round = round;
        this.codes = new ConcurrentLinkedDeque<>(codes);
        this.receipts = receipts == null ? null : Files.newBufferedWriter(receipts, StandardCharsets.US_ASCII,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        this.measureFrom = start + (long) (warmup * 1e9);
        this.measureTo = measureFrom + (long) (seconds * 1e9);
        this.stopFile = stopFile;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        List<String> codes = Files.readAllLines(Path.of(opt.get("codes"))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        int clients = Integer.parseInt(opt.getOrDefault("clients", "32"));
        double warmup = Double.parseDouble(opt.getOrDefault("warmup", "0"));
        double seconds = Double.parseDouble(opt.getOrDefault("seconds", "20"));
        VoteDriver driver = new VoteDriver(opt.get("base"), Long.parseLong(opt.get("round")), codes,
                opt.containsKey("receipts") ? Path.of(opt.get("receipts")) : null, warmup, seconds,
                opt.containsKey("stop-file") ? Path.of(opt.get("stop-file")) : null);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(driver::voter, "voter-" + i);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        driver.report(clients, opt.get("timeline"));
    }

    private boolean stopping() {
        long now = System.nanoTime();
        return now >= measureTo || (stopFile != null && Files.exists(stopFile));
    }

    private void voter() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        while (!stopping()) {
            String code = codes.pollFirst();
            if (code == null) {
                codesGoneAt = Math.min(codesGoneAt, System.nanoTime());
                return;
            }
            vote(http, code);
        }
    }

    /** One resident's whole vote. */
    private void vote(HttpClient http, String code) {
        Map<String, String> cookies = new LinkedHashMap<>();
        String step = "stemmen";
        boolean sent = false;
        long began = System.nanoTime();
        try {
            String path = "/rondes/" + round + "/stemmen";
            HttpResponse<String> page = get(http, path, cookies);
            expect(page, 200);
            String csrf = find(CSRF, page.body());

            step = "code";
            HttpResponse<String> verified = post(http, path + "/code", cookies, List.of("code", code, "csrf", csrf));
            expect(verified, 303);

            step = "stembiljet";
            HttpResponse<String> ballot = get(http, path + "/stembiljet", cookies);
            expect(ballot, 200);
            List<String> form = new ArrayList<>(List.of("ontvangstbewijs", find(RECEIPT, ballot.body()),
                    "csrf", find(CSRF, ballot.body())));
            for (String plan : choose(ballot.body())) {
                form.addAll(List.of("kies", plan));
            }

            step = "review";
            expect(post(http, path + "/stembiljet", cookies, form), 200);

            step = "versturen";
            sent = true;
            long sendBegan = System.nanoTime();
            HttpResponse<String> answer = post(http, path + "/versturen", cookies, form);
            long sendTook = System.nanoTime() - sendBegan;
            if (answer.statusCode() == 409) {
                conflicts.incrementAndGet();
                return;
            }
            expect(answer, 303);
            String receipt = cookies.get("wijkdeal_ontvangst");
            if (receipt == null || receipt.isEmpty()) {
                throw new IllegalStateException("no receipt cookie");
            }
            record(receipt);

            step = "gelukt";
            HttpResponse<String> done = get(http, path + "/gelukt", cookies);
            expect(done, 200);
            if (!done.body().contains(receipt)) {
                throw new IllegalStateException("receipt page without the receipt");
            }
            long end = System.nanoTime();
            cast.incrementAndGet();
            okPerSecond.incrementAndGet(second());
            if (end >= measureFrom && end < measureTo && end < codesGoneAt) {
                voteNanos.add(end - began);
                sendNanos.add(sendTook);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            errors.computeIfAbsent(step + ": " + reason(e), k -> new AtomicLong()).incrementAndGet();
            errorsPerSecond.incrementAndGet(second());
            if (!sent) {
                // Nothing was cast with this code: try it again later (the service may be restarting).
                retried.incrementAndGet();
                codes.addLast(code);
            } else if (!"gelukt".equals(step)) {
                unknown.incrementAndGet();
            }
            pause(200);
        }
    }

    /** A random set of plans within the budget, at least one; knapsack as the demo round has it. */
    private static List<String> choose(String page) {
        List<String> plans = all(PLAN, page);
        List<String> costs = all(COST, page);
        Matcher budget = BUDGET.matcher(page);
        if (plans.isEmpty()) {
            throw new IllegalStateException("no plans on the ballot");
        }
        if (costs.size() != plans.size() || !budget.find()) {
            return List.of(plans.get(ThreadLocalRandom.current().nextInt(plans.size())));
        }
        long left = euros(budget.group(1));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, ThreadLocalRandom.current());
        List<String> chosen = new ArrayList<>();
        for (int i : order) {
            long cost = euros(costs.get(i));
            if (cost <= left) {
                chosen.add(plans.get(i));
                left -= cost;
            }
        }
        return chosen.isEmpty() ? List.of(plans.get(order.get(0))) : chosen;
    }

    private static long euros(String dutch) {
        return Long.parseLong(dutch.replace(".", ""));
    }

    private synchronized void record(String receipt) throws IOException {
        if (receipts != null) {
            receipts.write(receipt);
            receipts.newLine();
            receipts.flush();
        }
    }

    private HttpResponse<String> get(HttpClient http, String path, Map<String, String> cookies)
            throws IOException, InterruptedException {
        return timed("GET " + path, () -> send(http, request(path, cookies).GET().build(), cookies));
    }

    private interface Call {
        HttpResponse<String> run() throws IOException, InterruptedException;
    }

    /** Per request kind, the latencies of requests that end inside the measured window. */
    private HttpResponse<String> timed(String what, Call call) throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<String> response = call.run();
        long end = System.nanoTime();
        if (end >= measureFrom && end < measureTo && end < codesGoneAt) {
            stepNanos.computeIfAbsent(what.replace("/rondes/" + round, ""), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(end - began);
        }
        return response;
    }

    private HttpResponse<String> post(HttpClient http, String path, Map<String, String> cookies, List<String> fields)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.size(); i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
        }
        HttpRequest request = request(path, cookies).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return timed("POST " + path, () -> send(http, request, cookies));
    }

    private HttpRequest.Builder request(String path, Map<String, String> cookies) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", header.toString());
        }
        return b;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request, Map<String, String> cookies)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).strip();
            String value = parts[0].substring(eq + 1).strip();
            boolean expired = Arrays.stream(parts).anyMatch(p -> p.strip().equalsIgnoreCase("Max-Age=0"));
            if (expired || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern.pattern().replaceAll("[^a-z]", "") + " on the page");
        }
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String body) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return e instanceof IllegalStateException ? message : e.getClass().getSimpleName();
    }

    /** Seconds since the start, by the wall clock, so that the timeline lines up with events outside. */
    private int second() {
        return (int) Math.min(3599, Math.max(0, System.currentTimeMillis() / 1000 - startSecond));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int clients, String timeline) throws IOException {
        long end = Math.min(Math.min(measureTo, codesGoneAt), System.nanoTime());
        double window = Math.max(0, (end - measureFrom) / 1e9);
        List<Long> votes = new ArrayList<>(voteNanos);
        List<Long> sends = new ArrayList<>(sendNanos);
        Collections.sort(votes);
        Collections.sort(sends);
        System.out.printf("voters %d, measured %.1f s after %.1f s warm-up%s%n", clients, window,
                (measureFrom - start) / 1e9, codesGoneAt < Long.MAX_VALUE ? " (codes ran out)" : "");
        System.out.printf("votes cast in all %d, conflicts (409) %d, outcome unknown %d, retried codes %d, codes left %d%n",
                cast.get(), conflicts.get(), unknown.get(), retried.get(), codes.size());
        errors.forEach((k, v) -> System.out.printf("  error %-40s %d%n", k, v.get()));
        System.out.printf("RESULT votes=%d seconds=%.2f votes_per_s=%.1f vote_p50_ms=%.1f vote_p99_ms=%.1f"
                        + " send_p50_ms=%.1f send_p99_ms=%.1f cast=%d errors=%d driver_cpu_s=%.2f%n",
                votes.size(), window, window > 0 ? votes.size() / window : 0, ms(votes, 0.50), ms(votes, 0.99),
                ms(sends, 0.50), ms(sends, 0.99), cast.get(), errors.values().stream().mapToLong(AtomicLong::get).sum(),
                (cpuNanos() - cpuAtStart) / 1e9);
        stepNanos.forEach((what, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            System.out.printf("  %-32s n %6d  p50 %7.1f ms  p99 %7.1f ms%n", what, sorted.size(), ms(sorted, 0.5), ms(sorted, 0.99));
        });
        if (timeline != null) {
            StringBuilder out = new StringBuilder("unix_second ok errors\n");
            int last = second();
            for (int s = 0; s <= last; s++) {
                out.append(startSecond + s).append(' ').append(okPerSecond.get(s)).append(' ').append(errorsPerSecond.get(s)).append('\n');
            }
            Files.writeString(Path.of(timeline), out);
        }
        if (receipts != null) {
            receipts.close();
        }
    }

    /** This process's CPU time: the driver shares the machine with the service and PostgreSQL. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
