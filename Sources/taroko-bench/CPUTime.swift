import Foundation

/// The CPU time this process has used so far (user plus system), in seconds. On a shared host
/// it varies far less than wall-clock time, so each figure at scale reports both.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs `body`, returning its wall-clock duration in seconds and the CPU seconds it used.
func measureWallAndCPU(_ body: () -> Void) -> (wall: Double, cpu: Double) {
    let cpuBefore = cpuSeconds()
    let wall = ContinuousClock().measure(body)
    return (milliseconds(wall) / 1000, cpuSeconds() - cpuBefore)
}
