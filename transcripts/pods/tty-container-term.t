A container made with a terminal (`kubectl run -it`) has TERM=xterm in its environment, right
after PATH, as containerd puts it there; every `kubectl exec` into it, with a terminal or not,
starts from that environment. An exec with a terminal into a container made without one gets
TERM last.
  $ kubectl run box -it --image=busybox:1.37 -- sh
  If you don't see a command prompt, try pressing enter.
  $ env | grep TERM
  TERM=xterm
  $ exit
  Session ended, resume using 'kubectl attach box -c box -i -t' command when the pod is running
  $ sleep 15
  $ kubectl exec box -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  TERM=xterm
  HOSTNAME=box
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  HOME=/root
  $ kubectl exec box -it -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  TERM=xterm
  HOSTNAME=box
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  HOME=/root
  $ kubectl run plain --image=busybox:1.37 -- sleep 3600
  pod/plain created
  $ sleep 10
  $ kubectl exec plain -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=plain
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  HOME=/root
  $ kubectl exec plain -it -- env
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=plain
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  TERM=xterm
  HOME=/root
