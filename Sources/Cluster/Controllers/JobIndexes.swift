import KubeAPI

/// Completion indexes of an Indexed Job: the `1,3-5` form of `status.completedIndexes`,
/// which indexes still need a pod, and which pods are surplus.
enum JobIndexes {
    static func parse(_ text: String) -> Set<Int> {
        var result = Set<Int>()
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").compactMap { Int($0) }
            if bounds.count == 1 { result.insert(bounds[0]) }
            if bounds.count == 2, bounds[0] <= bounds[1] { result.formUnion(bounds[0]...bounds[1]) }
        }
        return result
    }

    /// Sorted indexes with runs written `a-b` (`orderedIntervals.String`).
    static func format(_ indexes: Set<Int>) -> String {
        var parts: [String] = []
        var run: (Int, Int)?
        for index in indexes.sorted() {
            if let (first, last) = run, index == last + 1 {
                run = (first, index)
                continue
            }
            if let (first, last) = run { parts.append(first == last ? "\(first)" : "\(first)-\(last)") }
            run = (index, index)
        }
        if let (first, last) = run { parts.append(first == last ? "\(first)" : "\(first)-\(last)") }
        return parts.joined(separator: ",")
    }

    /// The lowest `count` indexes neither succeeded nor held by an active pod (`firstPendingIndexes`).
    static func pending(active: [KubeObject], succeeded: Set<Int>, completions: Int, count: Int) -> [Int] {
        let held = Set(active.compactMap(JobPods.completionIndex))
        return Array((0..<completions).filter { !succeeded.contains($0) && !held.contains($0) }.prefix(count))
    }

    /// Active pods with no valid index, an index already succeeded, or a second pod for an index.
    static func surplus(_ active: [KubeObject], completions: Int, succeeded: Set<Int>) -> [KubeObject] {
        var seen = Set<Int>()
        var result: [KubeObject] = []
        for pod in active {
            guard let index = JobPods.completionIndex(pod), index < completions, !succeeded.contains(index),
                seen.insert(index).inserted
            else {
                result.append(pod)
                continue
            }
        }
        return result
    }
}
