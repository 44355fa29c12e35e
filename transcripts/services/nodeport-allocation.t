Node ports come from 30000-32767, as the apiserver's allocator gives them out: a port asked for
must be free and in range, and the first one that is not refuses the Service with the
allocator's words. Ports with the same number (DNS over UDP and TCP) share one node port.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: dns
  > spec:
  >   type: NodePort
  >   selector:
  >     app: dns
  >   ports:
  >   - name: dns
  >     port: 53
  >     protocol: UDP
  >   - name: dns-tcp
  >     port: 53
  >     protocol: TCP
  > EOF
  service/dns created
  $ kubectl get service dns -o jsonpath='{range .spec.ports[*]}{.name} {.port}/{.protocol} -> {.nodePort}{"\n"}{end}'
  dns 53/UDP -> 32740
  dns-tcp 53/TCP -> 32740
  $ kubectl create service nodeport web --tcp=80:80 --node-port=30080
  service/web created
  $ kubectl create service nodeport web2 --tcp=80:80 --node-port=30080
  error: failed to create NodePort service: Service "web2" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated
  $ kubectl create service nodeport low --tcp=80:80 --node-port=29999
  error: failed to create NodePort service: Service "low" is invalid: spec.ports[0].nodePort: Invalid value: 29999: provided port is not in the valid range. The range of valid ports is 30000-32767
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: two
  > spec:
  >   type: NodePort
  >   selector:
  >     app: two
  >   ports:
  >   - name: a
  >     port: 80
  >     nodePort: 29000
  >   - name: b
  >     port: 81
  >     nodePort: 30080
  > EOF
  The Service "two" is invalid: spec.ports[0].nodePort: Invalid value: 29000: provided port is not in the valid range. The range of valid ports is 30000-32767

A ClusterIP Service may not keep a node port; changing a NodePort Service to ClusterIP drops the
node ports it had.
  $ kubectl create service clusterip plain --tcp=80:80 --dry-run=client -o yaml > plain.yaml
  $ sed -i 's/  - name: 80-80/  - nodePort: 30500\n    name: 80-80/' plain.yaml
  $ kubectl create -f plain.yaml
  The Service "plain" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'
  $ kubectl patch service web -p '{"spec":{"type":"ClusterIP"}}'
  service/web patched
  $ kubectl get service web -o jsonpath='{.spec.type} {.spec.ports[0].nodePort}{"\n"}'
  ClusterIP 
  $ kubectl create service nodeport web3 --tcp=80:80 --node-port=30080
  service/web3 created
