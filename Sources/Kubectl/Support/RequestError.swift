import KubeAPI

/// What a request a verb sent straight to the server came back with: the apiserver's status, or,
/// when nothing answered, Go's error for the refused connection. Verbs that wrap the error in
/// their own words (`failed to create deployment: %v`) take its `message`; those that return it
/// as it is print `unwrapped`.
enum RequestError: Error {
    case status(APIError)
    case refused(ServerRequest, server: String)

    /// The error's text, as Go's `%v` writes it.
    var message: String {
        switch self {
        case .status(let error): return error.message
        case .refused(let request, let server): return request.refusal(server: server)
        }
    }

    /// How kubectl's `CheckErr` prints the error when the verb returns it unwrapped: the status
    /// line, or for a refused connection its standard message naming the server.
    var unwrapped: KubectlFailure {
        switch self {
        case .status(let error): return .server(error)
        case .refused(_, let server): return ServerConnection.refused(server: server)
        }
    }
}
