A Service with publishNotReadyAddresses lists a pod that is not ready among its addresses (its
EndpointSlice marks it ready, though not serving); the same pod behind an ordinary Service is
listed only as not ready. A named targetPort is looked up in the pod's container ports.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: unready
  >   labels: {app: unready}
  > spec:
  >   containers:
  >   - name: web
  >     image: nginx
  >     ports:
  >     - name: http
  >       containerPort: 80
  >     readinessProbe:
  >       httpGet: {path: /missing, port: http}
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: published
  > spec:
  >   selector: {app: unready}
  >   publishNotReadyAddresses: true
  >   ports:
  >   - name: http
  >     port: 8080
  >     targetPort: http
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: strict
  > spec:
  >   selector: {app: unready}
  >   ports:
  >   - name: http
  >     port: 8080
  >     targetPort: http
  > EOF
  pod/unready created
  service/published created
  service/strict created
  $ sleep 30
  $ kubectl get pod unready
  NAME      READY   STATUS    RESTARTS   AGE
  unready   0/1     Running   0          30s
  $ kubectl get endpoints published strict
  NAME        ENDPOINTS       AGE
  published   10.244.1.8:80   30s
  strict                      30s
  $ kubectl get endpointslices -l kubernetes.io/service-name=published -o jsonpath='{.items[0].endpoints[0].conditions}{"\n"}'
  {"ready":true,"serving":false,"terminating":false}
  $ kubectl get endpointslices -l kubernetes.io/service-name=strict -o jsonpath='{.items[0].endpoints[0].conditions}{"\n"}'
  {"ready":false,"serving":false,"terminating":false}
  $ kubectl describe endpoints strict
  Name:         strict
  Namespace:    default
  Labels:       <none>
  Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-04-23T07:25:00Z
  Subsets:
    Addresses:          <none>
    NotReadyAddresses:  10.244.1.8
    Ports:
      Name  Port  Protocol
      ----  ----  --------
      http  80    TCP
  
  Events:  <none>
