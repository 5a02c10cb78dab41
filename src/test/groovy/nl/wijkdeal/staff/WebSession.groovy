package nl.wijkdeal.staff

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.client.BlockingHttpClient
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.client.multipart.MultipartBody

/** A browser as far as the server can tell: keeps cookies, copies the CSRF field into forms. */
class WebSession {

    final BlockingHttpClient client
    final Map<String, String> cookies = [:]
    String lastCsrf

    WebSession(BlockingHttpClient client) {
        this.client = client
    }

    /** @return [status, body, location] */
    Map get(String path) {
        exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE))
    }

    Map post(String path, Map<String, Object> fields, boolean withCsrf = true) {
        Map<String, Object> body = new LinkedHashMap<>(fields)
        if (withCsrf) {
            body.csrf = lastCsrf
        }
        String form = body.collectMany { k, v ->
            (v instanceof List ? v : [v]).collect { URLEncoder.encode(k, 'UTF-8') + '=' + URLEncoder.encode(String.valueOf(it), 'UTF-8') }
        }.join('&')
        exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE))
    }

    /**
     * Posts a multipart form, as a browser does for a form with a file field: the CSRF field first
     * (where the page puts it), then the fields, then the files as [filename: ..., type: ..., bytes: ...].
     */
    Map postMultipart(String path, Map<String, Object> fields, Map<String, Map> files = [:], boolean withCsrf = true) {
        def body = MultipartBody.builder()
        if (withCsrf) {
            body.addPart('csrf', lastCsrf)
        }
        fields.each { k, v -> (v instanceof List ? v : [v]).each { body.addPart(k, String.valueOf(it)) } }
        files.each { k, f -> body.addPart(k, f.filename as String, MediaType.of(f.type as String), f.bytes as byte[]) }
        exchange(HttpRequest.POST(path, body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).accept(MediaType.TEXT_HTML_TYPE))
    }

    /**
     * Posts a body exactly as given, byte for byte (e.g. multipart as a browser writes it), with this
     * session's cookies. Through java.net.http: Micronaut's client insists on building multipart itself.
     */
    Map postRaw(URI server, String path, String contentType, byte[] body) {
        def request = java.net.http.HttpRequest.newBuilder(server.resolve(path))
                .header('Content-Type', contentType).header('Accept', 'text/html')
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
        if (cookies) {
            request.header('Cookie', cookies.collect { k, v -> "$k=$v" }.join('; '))
        }
        def response = java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
        [status: response.statusCode(), body: response.body(), location: response.headers().firstValue('Location').orElse(null)]
    }

    /**
     * Posts a form (multipart when there are files) whose answer may be a download: the answer's
     * bytes and headers as well, [status, bytes, headers, body].
     */
    Map postBytes(String path, Map<String, Object> fields, Map<String, Map> files = [:]) {
        HttpRequest request
        if (files) {
            def body = MultipartBody.builder()
            body.addPart('csrf', lastCsrf)
            fields.each { k, v -> body.addPart(k, String.valueOf(v)) }
            files.each { k, f -> body.addPart(k, f.filename as String, MediaType.of(f.type as String), f.bytes as byte[]) }
            request = HttpRequest.POST(path, body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
        } else {
            String form = (fields + [csrf: lastCsrf]).collect { k, v ->
                URLEncoder.encode(k, 'UTF-8') + '=' + URLEncoder.encode(String.valueOf(v), 'UTF-8') }.join('&')
            request = HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        }
        request.header('Cookie', cookies.collect { k, v -> "$k=$v" }.join('; '))
        HttpResponse<byte[]> response
        try {
            response = client.exchange(request, byte[])
        } catch (HttpClientResponseException e) {
            response = e.response as HttpResponse<byte[]>
        }
        byte[] bytes = response.getBody(byte[]).orElse(new byte[0])
        [status: response.status.code, bytes: bytes, body: new String(bytes, 'UTF-8'),
         headers: response.headers.asMap().collectEntries { k, v -> [k, v[0]] }]
    }

    Map logIn(String email, String password) {
        get('/beheer/inloggen')
        post('/beheer/inloggen', [email: email, password: password, terug: '', bewaard: ''])
    }

    private Map exchange(HttpRequest request) {
        if (cookies) {
            request.header('Cookie', cookies.collect { k, v -> "$k=$v" }.join('; '))
        }
        HttpResponse<String> response
        try {
            response = client.exchange(request, String)
        } catch (HttpClientResponseException e) {
            response = e.response as HttpResponse<String>
        }
        response.headers.getAll('Set-Cookie').each { String header ->
            def (name, value) = header.split(';')[0].split('=', 2) as List
            if (header.toLowerCase().contains('max-age=0')) {
                cookies.remove(name)
            } else {
                cookies[name] = value
            }
        }
        String body = response.getBody(String).orElse('')
        def token = body =~ /name="csrf" value="([^"]+)"/
        if (token.find()) {
            lastCsrf = token.group(1)
        }
        [status: response.status.code, body: body, location: response.headers.get('Location')]
    }
}
