/// When the bytes of a pipe came, for a reader that waits with a timeout (`read -t`).
///
/// The lab runs a pipeline's stages one after another, so a reader starts when its writer has
/// ended and the clock has moved with it. Its own time is kept apart: it starts with the
/// pipeline, moves with what the reader itself does, and jumps forward only while it waits for
/// bytes the writer had not yet written, so a timeout fires when it would have in a real pipe.
final class PipeTiming {
    /// From each byte offset on, the virtual time of the write that brought it, in order.
    let arrivals: [(byte: Int, time: Int64)]
    /// When the writer ended, closing the pipe.
    let closedAt: Int64
    /// When the pipeline started, the reader with it.
    let origin: Int64
    /// When the reading stage began in the lab's run, after the writer ended.
    let stageStart: Int64
    /// The seconds the reader has spent waiting so far.
    var waited = 0.0

    init(arrivals: [(byte: Int, time: Int64)], closedAt: Int64, origin: Int64, stageStart: Int64) {
        self.arrivals = arrivals
        self.closedAt = closedAt
        self.origin = origin
        self.stageStart = stageStart
    }

    /// The reader's time when the lab's clock shows `now`.
    func readerTime(now: Int64) -> Double {
        Double(origin) + Double(now - stageStart) + waited
    }

    /// When the byte at `offset` was written.
    func arrival(ofByte offset: Int) -> Int64 {
        arrivals.last { $0.byte <= offset }?.time ?? origin
    }
}
