A node port the allocator cannot take is refused before validation runs, with the port
allocator's words under spec.ports[N].nodePort: above 65535 and below the range alike, on
create, apply (client- and server-side) and patch. A number too wide for the int32 field
is refused while decoding.
  $ kubectl create service nodeport np --tcp=80:80 --node-port=99999
  error: failed to create NodePort service: Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 99999: provided port is not in the valid range. The range of valid ports is 30000-32767
  $ cat > s.yaml <<'EOF'
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: big
  > spec:
  >   type: NodePort
  >   selector: {app: x}
  >   ports:
  >   - port: 80
  >     nodePort: 99999
  > EOF
  $ kubectl apply -f s.yaml
  The Service "big" is invalid: spec.ports[0].nodePort: Invalid value: 99999: provided port is not in the valid range. The range of valid ports is 30000-32767
  $ kubectl apply --server-side -f s.yaml
  The Service "big" is invalid: spec.ports[0].nodePort: Invalid value: 99999: provided port is not in the valid range. The range of valid ports is 30000-32767
  $ sed -i 's/99999/-5/' s.yaml
  $ kubectl apply -f s.yaml
  The Service "big" is invalid: spec.ports[0].nodePort: Invalid value: -5: provided port is not in the valid range. The range of valid ports is 30000-32767
  $ sed -i 's/-5/99999999999/' s.yaml
  $ kubectl apply -f s.yaml
  Error from server (BadRequest): error when creating "s.yaml": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number 99999999999 into Go struct field ServicePort.spec.ports.nodePort of type int32
  $ kubectl create service clusterip cip --tcp=80:80
  service/cip created
  $ kubectl patch svc cip -p '{"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":20000}]}}'
  The Service "cip" is invalid: spec.ports[0].nodePort: Invalid value: 20000: provided port is not in the valid range. The range of valid ports is 30000-32767
