import Foundation
import Kubectl
import Tutor

/// Replay of every transcript, repeated `rounds` times: the transcript suite's own speed.
func benchReplay(rounds: Int) {
    let files = (FileManager.default.enumerator(atPath: root.appendingPathComponent("transcripts").path)?
        .compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".t") }.sorted()
    let transcripts = files.compactMap { file -> Transcript? in
        let path = root.appendingPathComponent("transcripts/\(file)").path
        return (try? String(contentsOfFile: path, encoding: .utf8)).flatMap { try? Transcript(parsing: $0, file: path) }
    }
    let replayer = Replayer(
        course: Course.load(directory: root.appendingPathComponent("lessons")),
        labFactory: { world in try makeLab(world: world, clock: .manual, worldsDirectory: worlds) })
    var replayed = 0
    let replayTime = measureWallAndCPU {
        for _ in 0..<rounds {
            for transcript in transcripts {
                _ = replayer.replay(transcript, file: "")
                replayed += transcript.commands.count
            }
        }
    }
    report(String(format: "replay: %d commands from %d transcripts in %.2f s = %.0f commands/s; %.2f s CPU = %.0f commands/s (budget 2000/s)",
        replayed, transcripts.count, replayTime.wall, Double(replayed) / replayTime.wall,
        replayTime.cpu, Double(replayed) / replayTime.cpu))
}
