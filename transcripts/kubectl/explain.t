kubectl explain reads the field schema the apiserver publishes: a kind, a field path with dots,
the whole tree with --recursive, a particular group/version with --api-version, and kubectl's
errors for unknown types and fields. The layouts were checked against kubectl 1.32 rendering the
same schema.
  $ kubectl explain deploy.spec.strategy
  GROUP:      apps
  KIND:       Deployment
  VERSION:    v1
  
  FIELD: strategy <DeploymentStrategy>
  
  
  DESCRIPTION:
      How old pods are replaced by new ones.
      How a Deployment replaces pods.
      
  FIELDS:
    rollingUpdate	<RollingUpdateDeployment>
      Limits for a rolling update.
  
    type	<string>
    enum: Recreate, RollingUpdate
      RollingUpdate (the default) replaces pods a few at a time; Recreate deletes
      all old pods first.
  
  
  $ kubectl explain pods.spec.containers.imagePullPolicy
  KIND:       Pod
  VERSION:    v1
  
  FIELD: imagePullPolicy <string>
  ENUM:
      Always
      IfNotPresent
      Never
  
  DESCRIPTION:
      When the kubelet pulls the image: Always, IfNotPresent or Never. Defaults to
      Always for the latest tag or no tag, otherwise IfNotPresent.
      
  
  $ kubectl explain svc.spec.ports.targetPort
  KIND:       Service
  VERSION:    v1
  
  FIELD: targetPort <IntOrString>
  
  
  DESCRIPTION:
      The pods' port, as a number or a container port name. Defaults to port.
      A value that is either a whole number or a string: a port number or a port
      name, or a count such as 2 or a percentage such as "25%".
      
  
  $ kubectl explain pods.spec.volumes.emptyDir --recursive
  KIND:       Pod
  VERSION:    v1
  
  FIELD: emptyDir <EmptyDirVolumeSource>
  
  
  DESCRIPTION:
      An empty directory created when the pod starts on a node and removed with
      the pod.
      An empty directory that lives as long as the pod.
      
  FIELDS:
    medium	<string>
    sizeLimit	<Quantity>
  
  $ kubectl explain cm
  KIND:       ConfigMap
  VERSION:    v1
  
  DESCRIPTION:
      A ConfigMap holds configuration as key/value pairs, for pods to read as
      environment variables or files.
      
  FIELDS:
    apiVersion	<string>
      The API group and version this object is written in, such as v1 or apps/v1.
      The server converts objects between the versions it serves.
  
    binaryData	<map[string]string>
      Binary values, base64 encoded. Keys must not repeat those of data.
  
    data	<map[string]string>
      Text values.
  
    immutable	<boolean>
      When true, data cannot change; the object can only be deleted and made
      again.
  
    kind	<string>
      The type of this object, in CamelCase, such as Pod or Deployment. Clients
      use it to decode the object and cannot change it.
  
    metadata	<ObjectMeta>
      Standard object metadata: the name, namespace, labels, annotations and
      bookkeeping fields the server keeps.
  
  
  $ kubectl explain hpa --api-version=autoscaling/v2
  GROUP:      autoscaling
  KIND:       HorizontalPodAutoscaler
  VERSION:    v2
  
  DESCRIPTION:
      A HorizontalPodAutoscaler changes the replicas of a workload to keep
      metrics, such as CPU use, near a target.
      
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
  
    spec	<HorizontalPodAutoscalerSpec>
      The target workload, replica bounds and metrics.
  
    status	<HorizontalPodAutoscalerStatus>
      The autoscaler's current state.
  
  
  $ kubectl explain pods --api-version=apps/v1
  error: GVR (apps/v1, Resource=pods) not found in OpenAPI schema
  $ kubectl explain pods.spec.x
  KIND:       Pod
  VERSION:    v1
  
  error: field "x" does not exist
  $ kubectl explain pods.spec.x.containers
  KIND:       Pod
  VERSION:    v1
  
  error: field "containers" does not exist
  $ kubectl explain foo
  the server doesn't have a resource type "foo"
  $ kubectl explain
  error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.
  $ kubectl explain pods svc
  error: We accept only this format: explain RESOURCE
  $ kubectl explain pods -o json
  error: unrecognized format: json
