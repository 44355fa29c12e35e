@testable import Cluster
import Testing

@Suite("ClusterIP allocation as 1.32's bitmap allocator does it")
struct ServiceIPAllocatorTests {
    let allocator = ServiceIPAllocator(cidr: CIDR("10.98.0.0/24")!)

    private func ip(_ last: UInt32) -> IPv4 { IPv4(CIDR("10.98.0.0/24")!.base.value + last) }

    @Test("a /24 has 254 usable addresses, the first 16 of them (.1 to .16) kept for requests")
    func bands() {
        #expect(allocator.usable == 254)
        #expect(allocator.staticBand == 16)
        #expect(allocator.address(at: 0) == ip(1))
        #expect(allocator.address(at: 15) == ip(16))
    }

    @Test("a dynamic address starts at the drawn offset of the upper band and takes the next free one")
    func upperBand() {
        #expect(allocator.allocateNext(used: []) { _ in 0 } == ip(17))
        #expect(allocator.allocateNext(used: [ip(17), ip(18)]) { _ in 0 } == ip(19))
        // The scan wraps within the upper band, never into the static band.
        #expect(allocator.allocateNext(used: [ip(254)]) { $0 - 1 } == ip(17))
        var bounds: [Int] = []
        _ = allocator.allocateNext(used: []) { bounds.append($0); return 0 }
        #expect(bounds == [238])
    }

    @Test("only a full upper band sends allocation to the static band, then nothing is left")
    func lowerBand() {
        let upper = Set((17...254).map(ip))
        var bounds: [Int] = []
        #expect(allocator.allocateNext(used: upper.union([ip(1), ip(10)])) { bounds.append($0); return 0 } == ip(2))
        #expect(bounds == [238, 16])
        #expect(allocator.allocateNext(used: upper.union((1...16).map(ip))) { _ in 0 } == nil)
    }

    @Test("a CIDR of 16 addresses or fewer has no static band")
    func smallRange() {
        let small = ServiceIPAllocator(cidr: CIDR("10.98.0.0/28")!)
        #expect(small.staticBand == 0)
        #expect(small.allocateNext(used: []) { _ in 0 } == IPv4(CIDR("10.98.0.0/28")!.base.value + 1))
    }
}
