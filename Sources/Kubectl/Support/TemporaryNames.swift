import Cluster

/// The names Go's `os.MkdirTemp` gives (`PREFIX` and a random 32-bit number in decimal), drawn
/// from a seeded source kept for the session, so `kubectl diff` names its directories the same
/// way in every replay.
public final class TemporaryNames {
    private var random = SeededRandom(seed: 0x6B75_6265_6469_6666)

    public init() {}

    /// `/tmp/` + `prefix` + a number, as `os.MkdirTemp("", prefix)` makes with TMPDIR unset.
    func directory(prefix: String) -> String {
        "/tmp/" + prefix + String(UInt32(truncatingIfNeeded: random.next()))
    }
}
