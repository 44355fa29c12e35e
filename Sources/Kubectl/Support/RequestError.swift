import KubeAPI

/// What a request a verb sent straight to the server came back with: the apiserver's status, or,
/// when it never reached the server, Go's error for the connection. Verbs that wrap the error
/// in their own words (`failed to create deployment: %v`) take its `message`; those that
/// return it as it is print `unwrapped`.
enum RequestError: Error {
    case status(APIError)
    case unreached(ServerRequest, server: String, ConnectionFailure)

    /// The error's text, as Go's `%v` writes it.
    var message: String {
        switch self {
        case .status(let error): return error.message
        case .unreached(let request, let server, let failure): return request.error(failure, server: server)
        }
    }

    /// How kubectl's `CheckErr` prints the error when the verb returns it unwrapped: the status
    /// line, or for a connection that failed its standard message.
    var unwrapped: KubectlFailure {
        switch self {
        case .status(let error): return .server(error)
        case .unreached(_, let server, let failure): return ServerConnection.failure(failure, server: server)
        }
    }
}
