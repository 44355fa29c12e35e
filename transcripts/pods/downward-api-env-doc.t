The task "Expose Pod Information to Containers Through Environment Variables": the downward API
fills the variables when the container starts, and busybox's sh prints them every ten seconds
(`echo -en '\n'` an empty line, `printenv` each value that is set, one a line).
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-envars-fieldref
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: [ "sh", "-c"]
  >       args:
  >       - while true; do
  >           echo -en '\n';
  >           printenv MY_NODE_NAME MY_POD_NAME MY_POD_NAMESPACE;
  >           printenv MY_POD_IP MY_POD_SERVICE_ACCOUNT;
  >           sleep 10;
  >         done;
  >       env:
  >         - name: MY_NODE_NAME
  >           valueFrom:
  >             fieldRef:
  >               fieldPath: spec.nodeName
  >         - name: MY_POD_NAME
  >           valueFrom:
  >             fieldRef:
  >               fieldPath: metadata.name
  >         - name: MY_POD_NAMESPACE
  >           valueFrom:
  >             fieldRef:
  >               fieldPath: metadata.namespace
  >         - name: MY_POD_IP
  >           valueFrom:
  >             fieldRef:
  >               fieldPath: status.podIP
  >         - name: MY_POD_SERVICE_ACCOUNT
  >           valueFrom:
  >             fieldRef:
  >               fieldPath: spec.serviceAccountName
  >   restartPolicy: Never
  > EOF
  pod/dapi-envars-fieldref created
  $ sleep 30
  $ kubectl get pods dapi-envars-fieldref -o wide
  NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE           NOMINATED NODE   READINESS GATES
  dapi-envars-fieldref   1/1     Running   0          30s   10.244.1.8   tk8s-worker2   <none>           <none>
  $ kubectl logs dapi-envars-fieldref
  
  tk8s-worker2
  dapi-envars-fieldref
  default
  10.244.1.8
  default
  
  tk8s-worker2
  dapi-envars-fieldref
  default
  10.244.1.8
  default
  
  tk8s-worker2
  dapi-envars-fieldref
  default
  10.244.1.8
  default
  $ kubectl exec dapi-envars-fieldref -- printenv MY_POD_IP MY_NODE_NAME
  10.244.1.8
  tk8s-worker2
The container's own fields: its requests and limits, CPU in whole cores rounded up, memory in bytes.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: dapi-envars-resourcefieldref
  > spec:
  >   containers:
  >     - name: test-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: [ "sh", "-c"]
  >       args:
  >       - while true; do
  >           echo -en '\n';
  >           printenv MY_CPU_REQUEST MY_CPU_LIMIT;
  >           printenv MY_MEM_REQUEST MY_MEM_LIMIT;
  >           sleep 10;
  >         done;
  >       resources:
  >         requests:
  >           memory: "32Mi"
  >           cpu: "125m"
  >         limits:
  >           memory: "64Mi"
  >           cpu: "250m"
  >       env:
  >         - name: MY_CPU_REQUEST
  >           valueFrom:
  >             resourceFieldRef:
  >               containerName: test-container
  >               resource: requests.cpu
  >         - name: MY_CPU_LIMIT
  >           valueFrom:
  >             resourceFieldRef:
  >               containerName: test-container
  >               resource: limits.cpu
  >         - name: MY_MEM_REQUEST
  >           valueFrom:
  >             resourceFieldRef:
  >               containerName: test-container
  >               resource: requests.memory
  >         - name: MY_MEM_LIMIT
  >           valueFrom:
  >             resourceFieldRef:
  >               containerName: test-container
  >               resource: limits.memory
  >   restartPolicy: Never
  > EOF
  pod/dapi-envars-resourcefieldref created
  $ sleep 15
  $ kubectl logs dapi-envars-resourcefieldref
  
  1
  1
  33554432
  67108864
  
  1
  1
  33554432
  67108864
The whole environment, once as the runtime hands it to `env` itself, once through sh.
  $ kubectl run envs --image=registry.k8s.io/busybox:1.27.2 --restart=Never --env=GREETING=hello -- env
  pod/envs created
  $ kubectl run envs-sh --image=registry.k8s.io/busybox:1.27.2 --restart=Never --env=GREETING=hello -- sh -c 'export LATER=1; env; printenv GREETING LATER NOTSET'
  pod/envs-sh created
  $ sleep 10
  $ kubectl logs envs
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOSTNAME=envs
  GREETING=hello
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_SERVICE_HOST=10.98.0.1
  KUBERNETES_SERVICE_PORT=443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  HOME=/root
  $ kubectl logs envs-sh
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=envs-sh
  SHLVL=1
  HOME=/root
  GREETING=hello
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  LATER=1
  KUBERNETES_SERVICE_HOST=10.98.0.1
  PWD=/
  hello
  1
  $ kubectl exec dapi-envars-fieldref -- sh -c env
  MY_POD_SERVICE_ACCOUNT=default
  KUBERNETES_PORT=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT=443
  HOSTNAME=dapi-envars-fieldref
  SHLVL=1
  HOME=/root
  MY_POD_NAMESPACE=default
  MY_POD_IP=10.244.1.8
  KUBERNETES_PORT_443_TCP_ADDR=10.98.0.1
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  KUBERNETES_PORT_443_TCP_PORT=443
  KUBERNETES_PORT_443_TCP_PROTO=tcp
  MY_NODE_NAME=tk8s-worker2
  KUBERNETES_PORT_443_TCP=tcp://10.98.0.1:443
  KUBERNETES_SERVICE_PORT_HTTPS=443
  KUBERNETES_SERVICE_HOST=10.98.0.1
  PWD=/
  MY_POD_NAME=dapi-envars-fieldref
  $ kubectl delete pod dapi-envars-fieldref dapi-envars-resourcefieldref envs envs-sh --now
  pod "dapi-envars-fieldref" deleted
  pod "dapi-envars-resourcefieldref" deleted
  pod "envs" deleted
  pod "envs-sh" deleted
