/// The host's side of kubectl's kubeconfig loading: the home directory, the `$KUBECONFIG` the
/// command runs with, and reading and writing files (relative paths from the working directory).
public struct KubeconfigFiles {
    public var home: String
    public var variable: () -> String?
    public var read: (String) -> String?
    /// Writes a kubeconfig file, making its directory; false when it cannot be written.
    public var write: (String, String) -> Bool

    public init(
        home: String, variable: @escaping () -> String?, read: @escaping (String) -> String?,
        write: @escaping (String, String) -> Bool
    ) {
        self.home = home
        self.variable = variable
        self.read = read
        self.write = write
    }
}
