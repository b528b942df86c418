import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Kubernetes API as the server's informers use it, for training only: a list of each watched
 * {@code kuma.io} resource (one Mesh, a few Dataplanes, nothing else), and watches that stay open
 * without events. HTTP/1.1 on the loopback interface.
 */
final class FakeApiServer implements AutoCloseable {

  private static final int DATAPLANES = 50;
  private static final Map<String, String> KINDS =
      Map.of(
          "meshes", "Mesh",
          "dataplanes", "Dataplane",
          "meshproxypatches", "MeshProxyPatch",
          "meshpassthroughs", "MeshPassthrough");

  private final ServerSocket socket;
  private final List<Socket> open = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();

  private FakeApiServer(ServerSocket socket) {
    this.socket = socket;
  }

  static FakeApiServer start() throws IOException {
    FakeApiServer server =
        new FakeApiServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(server::accept, "fake-api-server");
    acceptor.setDaemon(true);
    acceptor.start();
    return server;
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        synchronized (open) {
          open.add(connection);
        }
        Thread handler = new Thread(() -> serve(connection), "fake-api-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = connection.getOutputStream();
      String requestLine;
      while ((requestLine = in.readLine()) != null) {
        for (String header = in.readLine(); header != null && !header.isEmpty(); ) {
          header = in.readLine();
        }
        requests.incrementAndGet();
        String target = requestLine.split(" ")[1];
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String plural = path.substring(path.lastIndexOf('/') + 1);
        String kind = KINDS.get(plural);
        if (kind == null || !path.startsWith("/apis/kuma.io/v1alpha1/")) {
          respond(out, 404, """
              {"kind": "Status", "apiVersion": "v1", "status": "Failure", "code": 404}""");
        } else if (target.contains("watch=true")) {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          in.read(); // no events: held open until the server or the client closes it
          return;
        } else {
          respond(out, 200, list(plural, kind));
        }
      }
    } catch (IOException | RuntimeException closed) {
      // the server stopped, or the client went away
    }
  }

  private static void respond(OutputStream out, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(
        ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found")
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.write(bytes);
    out.flush();
  }

  private static String list(String plural, String kind) {
    List<String> items = new ArrayList<>();
    if (plural.equals("meshes")) {
      items.add(
          """
          {"apiVersion": "kuma.io/v1alpha1", "kind": "Mesh",
           "metadata": {"name": "default", "resourceVersion": "1"}, "spec": {}}""");
    } else if (plural.equals("dataplanes")) {
      for (int i = 0; i < DATAPLANES; i++) {
        items.add(
            """
            {"apiVersion": "kuma.io/v1alpha1", "kind": "Dataplane", "mesh": "default",
             "metadata": {"name": "dp-%d", "namespace": "apps", "resourceVersion": "1",
                          "labels": {"app": "svc-%d"}},
             "spec": {"networking": {"address": "10.0.0.%d",
                      "inbound": [{"port": 8080, "tags": {"kuma.io/service": "svc-%d"}}],
                      "transparentProxying": {"redirectPortInbound": 15006,
                                              "redirectPortOutbound": 15001}}}}"""
                .formatted(i, i % 5, i + 1, i % 5));
      }
    }
    return """
        {"apiVersion": "kuma.io/v1alpha1", "kind": "%sList",
         "metadata": {"resourceVersion": "1"}, "items": [%s]}"""
        .formatted(kind, String.join(",", items));
  }

  @Override
  public void close() throws IOException {
    socket.close();
    synchronized (open) {
      for (Socket s : open) {
        s.close();
      }
    }
  }
}
