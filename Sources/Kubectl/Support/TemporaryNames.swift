import Cluster

/// The names Go's `os.MkdirTemp` gives (`PREFIX` and a random 32-bit number in decimal), and
/// the random suffixes kubectl itself draws (`kubectl debug`'s container and pod names), each
/// from a seeded source kept for the session, so they come out the same in every replay.
public final class TemporaryNames {
    private var random = SeededRandom(seed: 0x6B75_6265_6469_6666)
    private var suffixes = NameGenerator(seed: 0x6B75_6265_6465_6267)

    public init() {}

    /// `/tmp/` + `prefix` + a number, as `os.MkdirTemp("", prefix)` makes with TMPDIR unset.
    func directory(prefix: String) -> String {
        "/tmp/" + prefix + String(UInt32(truncatingIfNeeded: random.next()))
    }

    /// apimachinery's `rand.String(length)`, as kubectl calls it.
    func suffix(length: Int) -> String { suffixes.suffix(length: length) }
}
