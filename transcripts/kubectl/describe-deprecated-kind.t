kubectl describe of a deprecated kind: the apiserver's deprecation warning comes first, on stderr,
as kubectl 1.32 prints every response's Warning header (once, however many requests carry it).
  $ kubectl describe cs etcd-0 scheduler
  Warning: v1 ComponentStatus is deprecated in v1.19+
  Name:         etcd-0
  Namespace:    
  Labels:       <none>
  Annotations:  <none>
  API Version:  v1
  Conditions:
    Message:  ok
    Status:   True
    Type:     Healthy
  Kind:       ComponentStatus
  Metadata:
    Creation Timestamp:  <nil>
  Events:                <none>
  
  
  Name:         scheduler
  Namespace:    
  Labels:       <none>
  Annotations:  <none>
  API Version:  v1
  Conditions:
    Message:  ok
    Status:   True
    Type:     Healthy
  Kind:       ComponentStatus
  Metadata:
    Creation Timestamp:  <nil>
  Events:                <none>
  $ kubectl get cs etcd-0 -o name
  Warning: v1 ComponentStatus is deprecated in v1.19+
  componentstatus/etcd-0
