/// The network clients an image ships: programs that do their work and end by themselves.
extension ImageCatalog.Image {
    /// Whether `program` is one of the image's network clients: its `tools` (curl, wget, nc,
    /// ping, BIND's dig, host and nslookup), or busybox's own nslookup applet.
    public func hasNetworkClient(_ program: String) -> Bool {
        tools[program] != nil || (program == "nslookup" && userland == .busybox)
    }
}
