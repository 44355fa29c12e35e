import Foundation
import Kubectl
import Tutor

/// A five-stage pipeline over a file of `lines` lines on the host, the shell's own speed.
func benchPipeline(lines: Int) {
    guard let lab = try? makeLab(world: "tk8s", clock: .manual, worldsDirectory: worlds) else { fatalError("no lab") }
    _ = lab.run("seq \(lines) > /tmp/lines", sink: OutputBuffer())
    let pipeline = "cat /tmp/lines | grep 1 | sort -rn | awk '{ print $1 * 2 }' | wc -l"
    var timings: [Double] = []
    let answer = OutputBuffer()
    for round in 0..<30 {
        let sink = round == 0 ? answer : OutputBuffer()
        timings.append(milliseconds(ContinuousClock().measure { _ = lab.run(pipeline, sink: sink) }))
    }
    report(String(format: "%@ over %d lines: %.2f ms median of 30, %@ lines out (budget 20 ms for 10,000)",
        pipeline, lines, median(timings), answer.combined.trimmingCharacters(in: .whitespacesAndNewlines)))
}
