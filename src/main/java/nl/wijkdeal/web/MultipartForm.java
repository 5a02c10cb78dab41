package nl.wijkdeal.web;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A posted multipart form (one with a file field): its text fields as {@link FormData}, exactly as
 * typed, and its files as bytes. Controllers on the blocking executor take
 * {@code @Body MultipartBody} and read it here; binding the fields one by one with {@code @Part}
 * or as a {@code Map} runs the route before all fields have arrived, or fails on an empty file field.
 *
 * @param files field name -> bytes; a file field left empty is absent
 */
public record MultipartForm(FormData form, Map<String, byte[]> files) {

    /** Waits for the whole body (already size-limited by the server) and reads every part. */
    public static MultipartForm read(Publisher<CompletedPart> body) {
        CompletableFuture<MultipartForm> done = new CompletableFuture<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        body.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                try {
                    byte[] bytes = part.getBytes();
                    if (part instanceof CompletedFileUpload) {
                        if (bytes.length > 0) {
                            files.putIfAbsent(part.getName(), bytes);
                        }
                    } else {
                        fields.computeIfAbsent(part.getName(), k -> new ArrayList<>())
                                .add(new String(bytes, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(new MultipartForm(FormData.of(fields), Map.copyOf(files)));
            }
        });
        return done.join();
    }

    /** The file of this field, empty when none was chosen. */
    public byte[] file(String name) {
        return files.getOrDefault(name, new byte[0]);
    }
}
