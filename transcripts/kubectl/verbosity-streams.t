kubectl -v=6 for the verbs that open a stream to a container, as kubectl 1.32 logs them
(checked against kubectl.1.32 and a loopback API server): cp reads the pod with its typed
client (and again for each exec after the first, defaulting the container each time) and
opens an exec stream for tar (and, into a pod, for test -d first); attach reads the pod and
opens its attach stream.
  $ kubectl run box --image=busybox -- sleep 3600
  pod/box created
  $ sleep 20
  $ echo hello > note.txt
  $ kubectl cp note.txt box:/tmp/note.txt -v=6
  I0423 07:25:20.000000   23120 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:20.000100   23120 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:20.000200   23120 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:20.000300   23120 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:20.000400   23120 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:20.003400   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box 200 OK in 3 milliseconds
  I0423 07:25:20.003500   23120 podcmd.go:88] Defaulting container name to box
  I0423 07:25:20.006500   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box/exec?command=test&command=-d&command=%2Ftmp%2Fnote.txt&container=box&stderr=true&stdout=true 101 Switching Protocols in 3 milliseconds
  I0423 07:25:20.009500   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box 200 OK in 3 milliseconds
  I0423 07:25:20.009600   23120 podcmd.go:88] Defaulting container name to box
  I0423 07:25:20.012600   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box/exec?command=tar&command=-xmf&command=-&command=-C&command=%2Ftmp&container=box&stderr=true&stdin=true&stdout=true 101 Switching Protocols in 3 milliseconds
  $ kubectl cp box:/tmp/note.txt back.txt -v=6
  I0423 07:25:20.000000   23120 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:20.000100   23120 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:20.000200   23120 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:20.000300   23120 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:20.000400   23120 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:20.003400   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box 200 OK in 3 milliseconds
  I0423 07:25:20.003500   23120 podcmd.go:88] Defaulting container name to box
  I0423 07:25:20.006500   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box/exec?command=tar&command=cf&command=-&command=%2Ftmp%2Fnote.txt&container=box&stderr=true&stdout=true 101 Switching Protocols in 3 milliseconds
  tar: removing leading '/' from member names
  $ cat back.txt
  hello
  $ kubectl cp box:/tmp/note.txt back.txt -c box -v=7
  I0423 07:25:20.000000   23120 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:20.000100   23120 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:20.000200   23120 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:20.000300   23120 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:20.000400   23120 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:20.000500   23120 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box
  I0423 07:25:20.000600   23120 round_trippers.go:476] Request Headers:
  I0423 07:25:20.000700   23120 round_trippers.go:480]     Accept: application/vnd.kubernetes.protobuf,application/json
  I0423 07:25:20.000800   23120 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:20.003800   23120 round_trippers.go:581] Response Status: 200 OK in 3 milliseconds
  I0423 07:25:20.003900   23120 round_trippers.go:470] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box/exec?command=tar&command=cf&command=-&command=%2Ftmp%2Fnote.txt&container=box&stderr=true&stdout=true
  I0423 07:25:20.004000   23120 round_trippers.go:476] Request Headers:
  I0423 07:25:20.004100   23120 round_trippers.go:480]     Sec-Websocket-Protocol: v5.channel.k8s.io
  I0423 07:25:20.004200   23120 round_trippers.go:480]     User-Agent: kubectl/v1.32.2 (linux/amd64) kubernetes/67a30c0
  I0423 07:25:20.007200   23120 round_trippers.go:581] Response Status: 101 Switching Protocols in 3 milliseconds
  tar: removing leading '/' from member names
  $ kubectl attach box -v=6
  I0423 07:25:20.000000   23120 loader.go:402] Config loaded from file:  /home/bigred/.kube/config
  I0423 07:25:20.000100   23120 envvar.go:172] "Feature gate default state" feature="ClientsAllowCBOR" enabled=false
  I0423 07:25:20.000200   23120 envvar.go:172] "Feature gate default state" feature="ClientsPreferCBOR" enabled=false
  I0423 07:25:20.000300   23120 envvar.go:172] "Feature gate default state" feature="InformerResourceVersion" enabled=false
  I0423 07:25:20.000400   23120 envvar.go:172] "Feature gate default state" feature="WatchListClient" enabled=false
  I0423 07:25:20.003400   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box 200 OK in 3 milliseconds
  I0423 07:25:20.003500   23120 podcmd.go:88] Defaulting container name to box
  If you don't see a command prompt, try pressing enter.
  I0423 07:25:20.006500   23120 round_trippers.go:560] GET https://172.22.0.1:6443/api/v1/namespaces/default/pods/box/attach?container=box&stderr=true&stdout=true 101 Switching Protocols in 3 milliseconds
