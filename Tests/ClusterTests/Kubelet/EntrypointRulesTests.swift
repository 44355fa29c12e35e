import KubeAPI
import Testing

@testable import Cluster

@Suite("A pod's command and args apply to its image's ENTRYPOINT and CMD by Kubernetes' rules")
struct EntrypointRulesTests {
    private var nginx: ImageCatalog.Image {
        var image = ImageCatalog.Image(tags: ["latest"], sizeBytes: 0, defaultRun: .forever)
        image.program = "nginx"
        image.entrypoint = ["/docker-entrypoint.sh"]
        image.command = ["nginx", "-g", "daemon off;"]
        var script = EntrypointScript()
        script.logsFor = ["nginx", "nginx-debug"]
        script.logs = [LogTemplate(line: "/docker-entrypoint.sh: Configuration complete; ready for start up")]
        image.entrypointScript = script
        return image
    }

    private var redis: ImageCatalog.Image {
        var image = ImageCatalog.Image(tags: ["latest"], sizeBytes: 0, defaultRun: .forever)
        image.program = "redis-server"
        image.entrypoint = ["docker-entrypoint.sh"]
        image.command = ["redis-server"]
        var script = EntrypointScript()
        script.program = ["redis-server"]
        script.when = ["-*", "*.conf"]
        image.entrypointScript = script
        return image
    }

    @Test("command replaces ENTRYPOINT and drops CMD; args alone replace CMD")
    func rules() {
        #expect(nginx.startedArgv(command: [], args: []) == ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"])
        #expect(nginx.startedArgv(command: ["sh"], args: []) == ["sh"])
        #expect(nginx.startedArgv(command: [], args: ["sh", "-c", "x"]) == ["/docker-entrypoint.sh", "sh", "-c", "x"])
        #expect(nginx.startedArgv(command: ["nginx"], args: ["-t"]) == ["nginx", "-t"])
    }

    @Test("the entrypoint script prints its lines before nginx only, then execs its arguments")
    func nginxScript() {
        let started = nginx.execed(nginx.startedArgv(command: [], args: []))
        #expect(started.argv == ["nginx", "-g", "daemon off;"] && started.logs.count == 1)
        let script = nginx.execed(nginx.startedArgv(command: [], args: ["sh", "-c", "echo hi"]))
        #expect(script.argv == ["sh", "-c", "echo hi"] && script.logs.isEmpty)
        #expect(!nginx.runsOwnProgram(script.argv) && nginx.runsOwnProgram(["nginx", "-g", "daemon off;"]))
    }

    @Test("redis's entrypoint puts redis-server before options and a .conf file")
    func redisScript() {
        #expect(redis.process(command: [], args: ["--port", "7000"]) == ["redis-server", "--port", "7000"])
        #expect(redis.process(command: [], args: ["/etc/redis.conf"]) == ["redis-server", "/etc/redis.conf"])
        #expect(redis.process(command: [], args: ["redis-cli", "ping"]) == ["redis-cli", "ping"])
    }
}
