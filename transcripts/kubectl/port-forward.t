kubectl port-forward prints where it listens and forwards to; a Service port becomes the pod's
target port and a workload picks one of its running pods. In the lab the command returns at
once and the forward stays open for the rest of the session (as if it ran in another terminal),
so a second forward on the same local port fails as kubectl's does.
  $ kubectl create deployment web --image=nginx --port=80
  deployment.apps/web created
  $ kubectl expose deployment web --port=8000 --target-port=80
  service/web exposed
  $ sleep 30
  $ kubectl port-forward svc/web 8080:8000
  Forwarding from 127.0.0.1:8080 -> 80
  Forwarding from [::1]:8080 -> 80
  $ kubectl port-forward deploy/web 8080:80
  Unable to listen on port 8080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use unable to create listener: Error listen tcp6 [::1]:8080: bind: address already in use]
  error: unable to listen on any of the requested ports: [{8080 80}]
  $ kubectl port-forward deploy/web :80 8443:80
  Forwarding from 127.0.0.1:40000 -> 80
  Forwarding from [::1]:40000 -> 80
  Forwarding from 127.0.0.1:8443 -> 80
  Forwarding from [::1]:8443 -> 80
  $ kubectl port-forward --address 0.0.0.0 pod/goweb 9090:8080
  Forwarding from 0.0.0.0:9090 -> 8080
  $ kubectl port-forward svc/web 8080:9999
  error: Service web does not have a service port 9999
  $ kubectl port-forward pod/missing 80
  Error from server (NotFound): pods "missing" not found
  $ kubectl port-forward pod/goweb x:80
  error: error parsing local port 'x': strconv.ParseUint: parsing "x": invalid syntax
  $ kubectl port-forward pod/goweb
  error: TYPE/NAME and list of ports are required for port-forward
  See 'kubectl port-forward -h' for help and examples
