output "image_repository" {
  description = "The repository deploy.sh pushes to: set it as IMAGE."
  value       = local.image_repository
}

output "namespaces" {
  description = "The namespace of each environment, as the kustomize overlays and deploy.sh name them."
  value       = local.namespaces
}

output "cluster_name" {
  description = "The cluster the service runs in."
  value       = var.cluster_name
}
