import KubeAPI

/// client-go's error for a failed response that is not a Status (`newUnstructuredResponseError`
/// and `errors.NewGenericServerResponse`): a reason and message from the code, with the body's
/// first 2048 bytes, trimmed, as the server's message when it is text.
enum GenericServerResponse {
    static func error(code: Int, contentType: String, body: String) -> APIError {
        let media = contentType.prefix { $0 != ";" }.trimmed(" \t").lowercased()
        let isText = contentType.isEmpty || media.hasPrefix("text/")
        let server = isText ? String(decoding: body.utf8.prefix(2048), as: UTF8.self).trimmed(" \t\r\n\u{0B}\u{0C}") : "unknown"
        let (reason, message): (String, String) =
            switch code {
            case 409: ("Conflict", "the server reported a conflict")
            case 404: ("NotFound", "the server could not find the requested resource")
            case 400: ("BadRequest", "the server rejected our request for an unknown reason")
            case 401: ("Unauthorized", "the server has asked for the client to provide credentials")
            case 403: ("Forbidden", server)
            case 406: ("NotAcceptable", server)
            case 415: ("UnsupportedMediaType", server)
            case 405: ("MethodNotAllowed", "the server does not allow this method on the requested resource")
            case 422: ("Invalid", "the server rejected our request due to an error in our request")
            case 503: ("ServiceUnavailable", "the server is currently unable to handle the request")
            case 504: ("Timeout", "the server was unable to return a response in the time allotted, but may still be processing the request")
            case 429: ("TooManyRequests", "the server has received too many requests and has asked us to try again later")
            case 500...:
                ("InternalError", "an error on the server (\(GoSyntax.quoted(server))) has prevented the request from succeeding")
            default: ("", "the server responded with the status code \(code) but did not return more information")
            }
        return APIError(reason: reason, message: message, code: code)
    }
}

extension String {
    fileprivate func trimmed(_ set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        let kept = unicodeScalars.drop { scalars.contains($0) }.reversed().drop { scalars.contains($0) }.reversed()
        return String(String.UnicodeScalarView(kept))
    }
}

extension Substring {
    fileprivate func trimmed(_ set: String) -> String { String(self).trimmed(set) }
}
