import Foundation
import Kubectl
import Tutor

/// Replay of every transcript, repeated `rounds` times: the transcript suite's own speed.
func benchReplay(rounds: Int) {
    let files = (FileManager.default.enumerator(atPath: root.appendingPathComponent("transcripts").path)?
        .compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".t") }.sorted()
    let named = files.compactMap { file -> (file: String, transcript: Transcript)? in
        let path = root.appendingPathComponent("transcripts/\(file)").path
        return (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { try? Transcript(parsing: $0, file: path) }
            .map { (file, $0) }
    }
    let transcripts = named.map(\.transcript)
    let replayer = Replayer(
        course: Course.load(directory: root.appendingPathComponent("lessons")),
        labFactory: { world in try makeLab(world: world, clock: .manual, worldsDirectory: worlds) })
    var replayed = 0
    var spent = [Double](repeating: 0, count: transcripts.count)
    let replayTime = measureWallAndCPU {
        for _ in 0..<rounds {
            for (index, transcript) in transcripts.enumerated() {
                let before = cpuSeconds()
                _ = replayer.replay(transcript, file: "")
                spent[index] += cpuSeconds() - before
                replayed += transcript.commands.count
            }
        }
    }
    report(String(format: "replay: %d commands from %d transcripts in %.2f s = %.0f commands/s; %.2f s CPU = %.0f commands/s (budget 2000/s)",
        replayed, transcripts.count, replayTime.wall, Double(replayed) / replayTime.wall,
        replayTime.cpu, Double(replayed) / replayTime.cpu))
    // Where the time goes: the transcripts that take the most CPU, to look at first.
    let total = spent.reduce(0, +)
    for index in spent.indices.sorted(by: { spent[$0] > spent[$1] }).prefix(5) {
        report(String(format: "    %4.1f%%  %5.1f ms a replay, %3d commands  %@", 100 * spent[index] / total,
            1000 * spent[index] / Double(rounds), transcripts[index].commands.count, named[index].file))
    }
}
