kubectl explain for custom resources: the apiserver publishes each established
CustomResourceDefinition's openAPIV3Schema (apiVersion, kind and metadata as for every kind), and
kubectl shows a nested object as Object and a field without a description as <no description>.
Layouts checked against kubectl 1.32 over an OpenAPI v3 document built from the same schema.
  $ kubectl explain ippools
  GROUP:      crd.projectcalico.org
  KIND:       IPPool
  VERSION:    v1
  
  DESCRIPTION:
      <empty>
  FIELDS:
    apiVersion	<string>
      The API group and version this object is written in, such as v1 or apps/v1.
      The server converts objects between the versions it serves.
  
    kind	<string>
      The type of this object, in CamelCase, such as Pod or Deployment. Clients
      use it to decode the object and cannot change it.
  
    metadata	<ObjectMeta>
      Standard object metadata: the name, namespace, labels, annotations and
      bookkeeping fields the server keeps.
  
    spec	<Object>
      The pool's address range, and how addresses from it are handed out and
      routed.
  
  
  $ kubectl explain ippools.spec
  GROUP:      crd.projectcalico.org
  KIND:       IPPool
  VERSION:    v1
  
  FIELD: spec <Object>
  
  
  DESCRIPTION:
      The pool's address range, and how addresses from it are handed out and
      routed.
      
  FIELDS:
    allowedUses	<[]string>
      What addresses from the pool may be used for: Workload, Tunnel or
      LoadBalancer. Empty means Workload and Tunnel.
  
    blockSize	<integer>
      The prefix length of the blocks Calico carves the pool into for the nodes:
      26 for IPv4 and 122 for IPv6 when not set.
  
    cidr	<string> -required-
      The pool's address range, in CIDR notation.
  
    disableBGPExport	<boolean>
      When true, routes to the pool's addresses are not exported over BGP. False
      when not set.
  
    disabled	<boolean>
      When true, Calico IPAM hands out no new addresses from the pool.
  
    ipip	<Object>
      Kept only for Calico's old v1 API; it cannot be set.
  
    ipipMode	<string>
      When traffic to the pool's addresses is IP-in-IP encapsulated: Never (when
      not set), Always or CrossSubnet.
  
    nat-outgoing	<boolean>
      Kept only for Calico's old v1 API; it cannot be set.
  
    natOutgoing	<boolean>
      When true, traffic from pods in the pool to destinations outside every pool
      leaves with the node's address (masquerade).
  
    nodeSelector	<string>
      A selector of the nodes that may take addresses from the pool, such as
      all().
  
    vxlanMode	<string>
      When traffic to the pool's addresses is VXLAN encapsulated: Never (when not
      set), Always or CrossSubnet.
  
  
Only PLURAL.GROUP is taken as a prefix: with the singular, the group's words become the field path
(kubectl 1.32 prints the same).
  $ kubectl explain ippool.crd.projectcalico.org.spec.ipip
  GROUP:      crd.projectcalico.org
  KIND:       IPPool
  VERSION:    v1
  
  error: field "ipip" does not exist
  $ kubectl explain ippools.crd.projectcalico.org.spec.ipip
  GROUP:      crd.projectcalico.org
  KIND:       IPPool
  VERSION:    v1
  
  FIELD: ipip <Object>
  
  
  DESCRIPTION:
      Kept only for Calico's old v1 API; it cannot be set.
      
  FIELDS:
    enabled	<boolean>
      <no description>
  
    mode	<string>
      <no description>
  
  
  $ kubectl explain felixconfigurations.spec.routeTableRange
  GROUP:      crd.projectcalico.org
  KIND:       FelixConfiguration
  VERSION:    v1
  
  FIELD: routeTableRange <Object>
  
  
  DESCRIPTION:
      <empty>
  FIELDS:
    max	<integer> -required-
      <no description>
  
    min	<integer> -required-
      <no description>
  
  
  $ kubectl explain globalnetworkpolicies.spec.ingress.destination.ports
  GROUP:      crd.projectcalico.org
  KIND:       GlobalNetworkPolicy
  VERSION:    v1
  
  FIELD: ports <[]Object>
  
  
  DESCRIPTION:
      <empty>
  
  $ kubectl explain ipamblocks.spec --recursive
  GROUP:      crd.projectcalico.org
  KIND:       IPAMBlock
  VERSION:    v1
  
  FIELD: spec <Object>
  
  
  DESCRIPTION:
      The block's CIDR, its affinity and which of its addresses are allocated to
      which handle.
      
  FIELDS:
    affinity	<string>
    allocations	<[]integer> -required-
    attributes	<[]Object> -required-
      handle_id	<string>
      secondary	<map[string]string>
    cidr	<string> -required-
    deleted	<boolean>
    sequenceNumber	<integer>
    sequenceNumberForAllocation	<map[string]integer>
    strictAffinity	<boolean> -required-
    unallocated	<[]integer> -required-
  
  $ kubectl explain ippools.spec.nope
  GROUP:      crd.projectcalico.org
  KIND:       IPPool
  VERSION:    v1
  
  error: field "nope" does not exist
A learner's definition is published once it is established.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apiextensions.k8s.io/v1
  > kind: CustomResourceDefinition
  > metadata:
  >   name: fruits.example.com
  > spec:
  >   group: example.com
  >   names: {kind: Fruit, plural: fruits, singular: fruit, listKind: FruitList}
  >   scope: Namespaced
  >   versions:
  >   - name: v1
  >     served: true
  >     storage: true
  >     schema:
  >       openAPIV3Schema:
  >         type: object
  >         description: A fruit in the lab's basket.
  >         properties:
  >           spec:
  >             type: object
  >             required: [seeds]
  >             properties:
  >               colour: {type: string, enum: [red, green, yellow], description: What colour it is.}
  >               seeds: {type: integer, description: How many seeds it has.}
  >               tags: {type: object, additionalProperties: {type: string}}
  > EOF
  customresourcedefinition.apiextensions.k8s.io/fruits.example.com created
  $ kubectl explain fruits
  GROUP:      example.com
  KIND:       Fruit
  VERSION:    v1
  
  DESCRIPTION:
      A fruit in the lab's basket.
      
  FIELDS:
    apiVersion	<string>
      The API group and version this object is written in, such as v1 or apps/v1.
      The server converts objects between the versions it serves.
  
    kind	<string>
      The type of this object, in CamelCase, such as Pod or Deployment. Clients
      use it to decode the object and cannot change it.
  
    metadata	<ObjectMeta>
      Standard object metadata: the name, namespace, labels, annotations and
      bookkeeping fields the server keeps.
  
    spec	<Object>
      <no description>
  
  
  $ kubectl explain fruits.spec.colour
  GROUP:      example.com
  KIND:       Fruit
  VERSION:    v1
  
  FIELD: colour <string>
  ENUM:
      red
      green
      yellow
  
  DESCRIPTION:
      What colour it is.
      
  
  $ kubectl explain fruits --recursive
  GROUP:      example.com
  KIND:       Fruit
  VERSION:    v1
  
  DESCRIPTION:
      A fruit in the lab's basket.
      
  FIELDS:
    apiVersion	<string>
    kind	<string>
    metadata	<ObjectMeta>
      annotations	<map[string]string>
      creationTimestamp	<string>
      deletionGracePeriodSeconds	<integer>
      deletionTimestamp	<string>
      finalizers	<[]string>
      generateName	<string>
      generation	<integer>
      labels	<map[string]string>
      managedFields	<[]ManagedFieldsEntry>
        apiVersion	<string>
        fieldsType	<string>
        fieldsV1	<FieldsV1>
        manager	<string>
        operation	<string>
        subresource	<string>
        time	<string>
      name	<string>
      namespace	<string>
      ownerReferences	<[]OwnerReference>
        apiVersion	<string> -required-
        blockOwnerDeletion	<boolean>
        controller	<boolean>
        kind	<string> -required-
        name	<string> -required-
        uid	<string> -required-
      resourceVersion	<string>
      selfLink	<string>
      uid	<string>
    spec	<Object>
      colour	<string>
      enum: red, green, yellow
      seeds	<integer> -required-
      tags	<map[string]string>
  
A resource.group with dots is matched as kubectl matches it: the first resource named nodes
(the core one) is a prefix of the text, so the rest is taken as a field path.
  $ kubectl explain nodes.metrics.k8s.io
  KIND:       Node
  VERSION:    v1
  
  error: field "io" does not exist
