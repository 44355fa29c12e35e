import KubeAPI
import Testing

@testable import Kubectl

/// What kubectl prints for a failed answer that is not a Status, as the real kubectl 1.32
/// printed it for `get --raw` against a server that answered so.
@Suite struct GenericServerResponseTests {
    static let cases: [(Int, String, String, String)] = [
        (404, "text/html", "<html>\r\n<body>nginx</body>\r\n</html>\r\n",
         "Error from server (NotFound): the server could not find the requested resource"),
        (403, "text/html", "<html>\r\n<head><title>403 Forbidden</title></head>\r\n</html>\r\n",
         "Error from server (Forbidden): <html>\r\n<head><title>403 Forbidden</title></head>\r\n</html>"),
        (500, "text/plain", "boom\n", "Error from server (InternalError): an error on the server (\"boom\") has prevented the request from succeeding"),
        (502, "text/html", "bad gw\n", "Error from server (InternalError): an error on the server (\"bad gw\") has prevented the request from succeeding"),
        (503, "text/html", "unavail\n", "Error from server (ServiceUnavailable): the server is currently unable to handle the request"),
        (500, "application/octet-stream", "x", "Error from server (InternalError): an error on the server (\"unknown\") has prevented the request from succeeding"),
        (418, "text/plain", "teapot", "Error from server: the server responded with the status code 418 but did not return more information"),
    ]

    @Test(arguments: cases) func kubectlSaysWhatClientGoMakesOfIt(_ code: Int, _ type: String, _ body: String, _ printed: String) {
        #expect(GenericServerResponse.error(code: code, contentType: type, body: body).kubectlMessage == printed)
    }
}
