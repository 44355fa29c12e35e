kubectl explain --output=plaintext-openapiv2: the older layout (KIND/VERSION, RESOURCE or FIELD,
DESCRIPTION at five columns, FIELDS at three with <Object>, <[]Object>, -required-), wrapped at
80 columns, recursive listings, and the errors for missing fields and unknown formats.
  $ kubectl explain pods --output=plaintext-openapiv2
  KIND:     Pod
  VERSION:  v1
  
  DESCRIPTION:
       A Pod is a group of one or more containers that share storage, network and
       a lifecycle. The scheduler places it on one node, where the kubelet runs
       its containers.
  
  FIELDS:
     apiVersion	<string>
       The API group and version this object is written in, such as v1 or apps/v1.
       The server converts objects between the versions it serves.
  
     kind	<string>
       The type of this object, in CamelCase, such as Pod or Deployment. Clients
       use it to decode the object and cannot change it.
  
     metadata	<Object>
       Standard object metadata: the name, namespace, labels, annotations and
       bookkeeping fields the server keeps.
  
     spec	<Object>
       What the pod should run: its containers, volumes and scheduling
       constraints.
  
     status	<Object>
       What the kubelet last observed about the pod. Read-only and possibly out of
       date.
  
  $ kubectl explain deployments.spec.template.spec.containers -o plaintext-openapiv2
  KIND:     Deployment
  VERSION:  apps/v1
  
  RESOURCE: containers <[]Object>
  
  DESCRIPTION:
       The containers the pod runs. At least one is required, and they cannot be
       added or removed after the pod is created.
  
       One container of a pod: an image to run, and how to run it.
  
  FIELDS:
     args	<[]string>
       Arguments to the entrypoint; they replace the image's CMD. $(VAR) refers to
       the container's environment variables.
  
     command	<[]string>
       The entrypoint as an array; it replaces the image's ENTRYPOINT. It is not
       run in a shell.
  
     env	<[]Object>
       Environment variables to set in the container.
  
     envFrom	<[]Object>
       Sources (ConfigMaps or Secrets) whose keys all become environment
       variables. Variables in env win over them.
  
     image	<string>
       The image to run, such as nginx:1.27 or registry.k8s.io/pause:3.10.
  
     imagePullPolicy	<string>
       When the kubelet pulls the image: Always, IfNotPresent or Never. Defaults
       to Always for the latest tag or no tag, otherwise IfNotPresent.
  
     lifecycle	<Object>
       Actions the kubelet runs right after the container starts and just before
       it stops.
  
     livenessProbe	<Object>
       A periodic check that the container is alive. When it fails too often, the
       kubelet restarts the container.
  
     name	<string> -required-
       The container's name, unique within the pod (a DNS label).
  
     ports	<[]Object>
       Ports the container listens on. Listing them is informational: a port not
       listed can still be reached.
  
     readinessProbe	<Object>
       A periodic check that the container is ready for traffic. Until it passes,
       the pod is left out of Service endpoints.
  
     resizePolicy	<[]Object>
       How each resource may be resized while the container runs.
  
     resources	<Object>
       CPU and memory the container requests (for scheduling) and may use at most
       (limits).
  
     restartPolicy	<string>
       For init containers only: Always makes it a sidecar that keeps running
       beside the app containers.
  
     securityContext	<Object>
       Security settings for this container; they override the pod's.
  
     startupProbe	<Object>
       A check that the container has finished starting. Liveness and readiness
       probes wait until it succeeds.
  
     stdin	<boolean>
       Keep a stdin stream open for the container, for attach. Defaults to false.
  
     stdinOnce	<boolean>
       Close stdin after the first attach session ends.
  
     terminationMessagePath	<string>
       The file whose contents become the container's termination message.
       Defaults to /dev/termination-log.
  
     terminationMessagePolicy	<string>
       Where the termination message comes from: File, or FallbackToLogsOnError to
       use the end of the log when the file is empty.
  
     tty	<boolean>
       Give the container a terminal; needs stdin too.
  
     volumeDevices	<[]Object>
       Raw block devices the container uses.
  
     volumeMounts	<[]Object>
       The pod volumes mounted into the container's filesystem.
  
     workingDir	<string>
       The working directory; the image's default when empty.
  
  $ kubectl explain svc.spec.ports.targetPort --output=plaintext-openapiv2
  KIND:     Service
  VERSION:  v1
  
  FIELD:    targetPort <string>
  
  DESCRIPTION:
       The pods' port, as a number or a container port name. Defaults to port.
  
       A value that is either a whole number or a string: a port number or a port
       name, or a count such as 2 or a percentage such as "25%".
  $ kubectl explain pods.spec.containers.resources --output=plaintext-openapiv2
  KIND:     Pod
  VERSION:  v1
  
  RESOURCE: resources <Object>
  
  DESCRIPTION:
       CPU and memory the container requests (for scheduling) and may use at most
       (limits).
  
       Compute resources a container asks for and may use.
  
  FIELDS:
     claims	<[]Object>
       Resource claims of the pod that this container uses.
  
     limits	<map[string]string>
       The most the container may use. Going over the memory limit gets it
       OOM-killed; CPU over the limit is throttled.
  
     requests	<map[string]string>
       What the container needs. The scheduler only places the pod on a node with
       that much unrequested. Defaults to limits when only limits are set.
  
  $ kubectl explain cm --recursive --output=plaintext-openapiv2
  KIND:     ConfigMap
  VERSION:  v1
  
  DESCRIPTION:
       A ConfigMap holds configuration as key/value pairs, for pods to read as
       environment variables or files.
  
  FIELDS:
     apiVersion	<string>
     binaryData	<map[string]string>
     data	<map[string]string>
     immutable	<boolean>
     kind	<string>
     metadata	<Object>
        annotations	<map[string]string>
        creationTimestamp	<string>
        deletionGracePeriodSeconds	<integer>
        deletionTimestamp	<string>
        finalizers	<[]string>
        generateName	<string>
        generation	<integer>
        labels	<map[string]string>
        managedFields	<[]Object>
           apiVersion	<string>
           fieldsType	<string>
           fieldsV1	<map[string]>
           manager	<string>
           operation	<string>
           subresource	<string>
           time	<string>
        name	<string>
        namespace	<string>
        ownerReferences	<[]Object>
           apiVersion	<string>
           blockOwnerDeletion	<boolean>
           controller	<boolean>
           kind	<string>
           name	<string>
           uid	<string>
        resourceVersion	<string>
        selfLink	<string>
        uid	<string>
  $ kubectl explain pods.spec.nodeName.extra --output=plaintext-openapiv2
  KIND:     Pod
  VERSION:  v1
  
  FIELD:    extra <string>
  
  DESCRIPTION:
       The node the pod runs on. The scheduler sets it; setting it yourself skips
       the scheduler.
  $ kubectl explain pods.spec.nope --output=plaintext-openapiv2
  error: field "nope" does not exist
  $ kubectl explain deploy --api-version=apps/v2 --output=plaintext-openapiv2
  error: couldn't find resource for "apps/v2, Kind=Deployment"
  $ kubectl explain pods --output=yaml
  error: unrecognized format: yaml
