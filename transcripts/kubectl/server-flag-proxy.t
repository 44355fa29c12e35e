kubectl -s (--server) pointed at a running kubectl proxy: the proxy takes plain HTTP and adds
its own credentials, so kubectl reaches the apiserver through it. kubectl's `--as` headers pass
through, so the proxy's user impersonates. Where nothing listens, the connection is refused as
kubectl words it.
  $ kubectl proxy &
  [1] 2482
  Starting to serve on 127.0.0.1:8001
  $ kubectl -s http://127.0.0.1:8001 get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  $ kubectl -s http://127.0.0.1:8001 get pods --as=jane
  Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"
  $ kubectl -s http://127.0.0.1:8001 auth whoami --as=jane --as-group=devs
  ATTRIBUTE   VALUE
  Username    jane
  Groups      [devs system:authenticated]
  $ kubectl --server=http://localhost:8001 get ns default
  NAME      STATUS   AGE
  default   Active   46h
  $ kubectl -s http://127.0.0.1:8002 get pods
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8002/api?timeout=32s\": dial tcp 127.0.0.1:8002: connect: connection refused"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8002/api?timeout=32s\": dial tcp 127.0.0.1:8002: connect: connection refused"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8002/api?timeout=32s\": dial tcp 127.0.0.1:8002: connect: connection refused"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8002/api?timeout=32s\": dial tcp 127.0.0.1:8002: connect: connection refused"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8002/api?timeout=32s\": dial tcp 127.0.0.1:8002: connect: connection refused"
  The connection to the server 127.0.0.1:8002 was refused - did you specify the right host or port?
  $ echo $?
  1
  $ kill %1
  $ kubectl -s http://127.0.0.1:8001 get pods
  E0423 07:25:00.000000   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8001/api?timeout=32s\": dial tcp 127.0.0.1:8001: connect: connection refused"
  E0423 07:25:00.001400   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8001/api?timeout=32s\": dial tcp 127.0.0.1:8001: connect: connection refused"
  E0423 07:25:00.002800   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8001/api?timeout=32s\": dial tcp 127.0.0.1:8001: connect: connection refused"
  E0423 07:25:00.004200   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8001/api?timeout=32s\": dial tcp 127.0.0.1:8001: connect: connection refused"
  E0423 07:25:00.005600   23100 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \"http://127.0.0.1:8001/api?timeout=32s\": dial tcp 127.0.0.1:8001: connect: connection refused"
  The connection to the server 127.0.0.1:8001 was refused - did you specify the right host or port?
  [1]+  Terminated              kubectl proxy
