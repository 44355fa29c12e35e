kubectl describe csinode: the CSI drivers a node has registered, each with its node ID, its volume
limit and its topology keys, as kubectl 1.32 prints them (checked against the real binary reading
the same objects). A CSINode whose drivers are null, as the kubelet registers the lab's nodes, shows
a bare Spec heading.
  $ cat <<EOF2 | kubectl apply -f -
  > apiVersion: storage.k8s.io/v1
  > kind: CSINode
  > metadata:
  >   name: tk8s-extra
  >   labels:
  >     disk: ssd
  > spec:
  >   drivers:
  >   - name: hostpath.csi.k8s.io
  >     nodeID: tk8s-extra
  >     allocatable:
  >       count: 12
  >     topologyKeys:
  >     - topology.hostpath.csi/node
  >     - topology.kubernetes.io/zone
  >   - name: nfs.csi.k8s.io
  >     nodeID: tk8s-extra
  > ---
  > apiVersion: storage.k8s.io/v1
  > kind: CSINode
  > metadata:
  >   name: tk8s-empty
  > spec:
  >   drivers: []
  > EOF2
  csinode.storage.k8s.io/tk8s-extra created
  csinode.storage.k8s.io/tk8s-empty created
  $ kubectl describe csinode tk8s-extra
  Name:               tk8s-extra
  Labels:             disk=ssd
  Annotations:        <none>
  CreationTimestamp:  Wed, 23 Apr 2025 07:25:00 +0000
  Spec:
    Drivers:
      hostpath.csi.k8s.io:
        Node ID:  tk8s-extra
        Allocatables:
          Count:        12
        Topology Keys:  [topology.hostpath.csi/node topology.kubernetes.io/zone]
      nfs.csi.k8s.io:
        Node ID:  tk8s-extra
  Events:         <none>
  $ kubectl describe csinode tk8s-worker1
  Name:               tk8s-worker1
  Labels:             <none>
  Annotations:        storage.alpha.kubernetes.io/migrated-plugins:
                        kubernetes.io/aws-ebs,kubernetes.io/azure-disk,kubernetes.io/azure-file,kubernetes.io/cinder,kubernetes.io/gce-pd,kubernetes.io/portworx-v...
  CreationTimestamp:  Mon, 21 Apr 2025 09:01:41 +0000
  Spec:
  Events:  <none>
