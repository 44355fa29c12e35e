import Kubectl

/// Counts the bytes a command prints without keeping them, so peak memory is the product's own.
final class ByteCountingSink: OutputSink {
    private(set) var bytes = 0

    func write(_ text: String, to stream: StandardStream) { bytes += text.utf8.count }
}
