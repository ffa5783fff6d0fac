import ReportModel
print(templateProbe() ?? "nil")
