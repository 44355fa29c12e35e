import Testing

@testable import Cluster

@Suite("The least-recently-used cache behind the event recorder's caches")
struct LRUCacheTests {
    @Test("past its capacity it forgets the entry used longest ago; a read or write counts as a use")
    func eviction() {
        var cache = LRUCache<String, Int>(capacity: 3)
        for key in ["a", "b", "c"] { cache.add(key, 1) }
        _ = cache.update("a", default: { 0 }) { $0 }
        cache.add("d", 1)
        #expect(cache.keysByRecency == ["d", "a", "c"])
        cache.add("c", 2)
        cache.add("e", 1)
        #expect(cache.keysByRecency == ["e", "c", "d"])
        #expect(cache.count == 3 && cache.peek("c") == 2 && !cache.contains("a"))
    }

    @Test("peeking leaves the order as it is")
    func peek() {
        var cache = LRUCache<String, Int>(capacity: 2)
        cache.add("a", 1)
        cache.add("b", 2)
        #expect(cache.peek("a") == 1)
        cache.add("c", 3)
        #expect(cache.keysByRecency == ["c", "b"])
    }

    @Test("a new entry's value is made only when the key is absent")
    func update() {
        var cache = LRUCache<String, Int>(capacity: 2)
        var made = 0
        for _ in 1...3 {
            cache.update("a", default: { made += 1; return 0 }) { $0 += 1 }
        }
        #expect(made == 1 && cache.peek("a") == 3)
    }
}

@Suite("An LRU cache past the entries it finds by scanning")
struct LRUCacheIndexTests {
    @Test("keys are found, evicted and reused the same whether scanned or indexed")
    func pastScanLimit() {
        let capacity = LRUCache<Int, Int>.scanLimit + 4
        var cache = LRUCache<Int, Int>(capacity: capacity)
        for key in 0..<capacity { cache.add(key, key) }
        _ = cache.update(0, default: { -1 }) { $0 }
        cache.add(capacity, capacity)
        #expect(cache.count == capacity && !cache.contains(1) && cache.peek(0) == 0)
        #expect(cache.keysByRecency.prefix(3) == [capacity, 0, capacity - 1])
        cache.add(1, 100)
        #expect(!cache.contains(2) && cache.peek(1) == 100 && cache.peek(capacity) == capacity)
    }
}
